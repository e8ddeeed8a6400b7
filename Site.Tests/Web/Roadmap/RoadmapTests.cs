using System.Net;
using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Tests.Support;
using CommunityVoice.Tests.Web.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Roadmap;

public class RoadmapTests
{
    static readonly RoadmapLinks Links = new((language, id) => $"http://localhost{(language == "es" ? "/es" : "")}/roadmap/{id}",
        (language, token) => $"http://localhost/unsubscribe?token={token}");

    static async Task<Guid> SubmitWithEmailAsync(SubmissionSite site, string title, string body, string email, string language, bool verified)
    {
        var json = JsonSerializer.Serialize(new { kind = "usecase", title, body, email, consent = true, county = "McKinley" });
        var response = await site.CreateClient().PostAsync(language == "es" ? "/es/api/v1/submissions" : "/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        if (verified) site.Query(db => db.Submissions.Where(s => s.Id == id).ExecuteUpdate(u => u.SetProperty(s => s.EmailVerifiedAt, DateTimeOffset.UtcNow)));
        return id;
    }

    static async Task<T> WithAsync<T>(SubmissionSite site, Func<ManageBacklog, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ManageBacklog>());
    }

    static int VersionOf(SubmissionSite site, Guid id) => site.Query(db => db.BacklogItems.AsNoTracking().Single(i => i.Id == id).Version);

    [Fact]
    public async Task APromotedClusterMovesThroughItsStatusesWithHistoryEmailsAndPublicPages()
    {
        await using var site = TriageSupport.NewSite();
        var maria = await SubmitWithEmailAsync(site, "Uranium in our well water", "Our family's well near the old mine was never tested for uranium. Please publish test results.", "maria@example.com", "es", verified: true);
        var same = await SubmitWithEmailAsync(site, "Test wells near uranium mines", "Wells near abandoned uranium mines should be tested and the results published.", "MARIA@example.com", "es", verified: true);
        await SubmitWithEmailAsync(site, "Uranium tests for private wells", "Private wells near the mines need uranium tests and public results.", "unverified@example.com", "en", verified: false);
        foreach (var item in Corpus.Items.Where(i => i.Topic != "water")) await site.PublishAsync(item.Title, item.Body, item.County, item.Language);
        await site.WaitForVectorsAsync();
        await site.RunClusteringAsync(k: 3);
        var board = await TriageTestsBoard(site);
        var water = board.Clusters.Single(c => c.Members.Any(m => m.Id == maria));

        var (promoted, id) = await WithAsync(site, m => m.PromoteClusterAsync(water.Key, "triage@example.gov", default));
        Assert.True(promoted.Succeeded);
        var itemId = id!.Value;
        Assert.Equal(water.Members.Count, site.Query(db => db.BacklogSubmissions.Count(l => l.ItemId == itemId)));

        // Edits from a page opened before someone else's change are refused, not lost.
        var version = VersionOf(site, itemId);
        var edit = new BacklogEdit("Safe well water near uranium mines", "Families near old uranium mines do not know whether their well water is safe.",
            "Environment Department", null, true, PrivacyReview.InReview, "Data office", Horizon.QuickWin, 1);
        Assert.True((await WithAsync(site, m => m.EditAsync(itemId, version, edit, "clearer title", "a@example.gov", default))).Succeeded);
        var stale = await WithAsync(site, m => m.EditAsync(itemId, version, edit with { Owner = "Someone else" }, null, "b@example.gov", default));
        Assert.Contains("Someone else changed this item", stale.Error);

        // Illegal steps are refused; legal ones are kept in the history and emailed once per verified address.
        var illegal = await WithAsync(site, m => m.ChangeStatusAsync(itemId, VersionOf(site, itemId), BacklogStatus.Delivered, null, "x", "a@example.gov", Links, default));
        Assert.Contains("not delivered", illegal.Error);
        Assert.True((await WithAsync(site, m => m.ChangeStatusAsync(itemId, VersionOf(site, itemId), BacklogStatus.Accepted, "Many families asked.", null, "a@example.gov", Links, default))).Succeeded);
        var emails = site.Query(db => db.OutboxEmails.Where(e => e.Purpose == "roadmap").ToList());
        var email = Assert.Single(emails);
        Assert.Equal("es", email.Language);
        Assert.Contains("Safe well water near uranium mines", email.Subject);
        Assert.Contains("aceptado", email.TextBody);
        Assert.Contains($"/es/roadmap/{itemId}", email.TextBody);
        Assert.DoesNotContain(emails, e => e.To.Contains("unverified"));

        // The unsubscribe link works without an account, and no further email goes to that address.
        var token = System.Text.RegularExpressions.Regex.Match(email.TextBody, "token=([0-9a-f]+)").Groups[1].Value;
        var browser = site.Browser();
        var confirm = await browser.GetStringAsync($"/unsubscribe?token={token}");
        Assert.Contains("Stop these emails", confirm);
        var done = await FormClient.PostAsync(browser, $"/unsubscribe?token={token}", new Dictionary<string, string>());
        Assert.Contains("we will not email you about the roadmap again", await done.Content.ReadAsStringAsync());
        Assert.True((await WithAsync(site, m => m.ChangeStatusAsync(itemId, VersionOf(site, itemId), BacklogStatus.Planned, null, null, "a@example.gov", Links, default))).Succeeded);
        Assert.Single(site.Query(db => db.OutboxEmails.Where(e => e.Purpose == "roadmap").ToList()));
        var bad = await FormClient.PostAsync(browser, "/unsubscribe?token=nonsense", new Dictionary<string, string>());
        Assert.Contains("This link is not valid", await bad.Content.ReadAsStringAsync());

        await WithAsync(site, m => m.ChangeStatusAsync(itemId, VersionOf(site, itemId), BacklogStatus.InProgress, null, null, "a@example.gov", Links, default));
        Assert.True((await WithAsync(site, m => m.ChangeStatusAsync(itemId, VersionOf(site, itemId), BacklogStatus.Delivered, null, "Every well near a mine is now tested each year, and the results are on a public map.", "a@example.gov", Links, default))).Succeeded);
        var back = await WithAsync(site, m => m.ChangeStatusAsync(itemId, VersionOf(site, itemId), BacklogStatus.Proposed, null, null, "a@example.gov", Links, default));
        Assert.Contains("stays delivered", back.Error);

        var history = site.Query(db => db.BacklogChanges.Where(c => c.ItemId == itemId).OrderBy(c => c.Id).Select(c => c.What + ":" + c.To).ToList());
        Assert.Equal(["promoted:" + history[0].Split(':', 2)[1], "title:Safe well water near uranium mines", "problem:" + edit.Problem],
            history.Take(3));
        Assert.Contains("status:Delivered", history);

        // Public pages: counts and masked text only, in both languages; never an email address.
        var client = site.CreateClient();
        foreach (var path in new[] { "/roadmap", $"/roadmap/{itemId}", "/wins", "/es/roadmap", $"/es/roadmap/{itemId}", "/es/wins", "/roadmap?status=Delivered&horizon=QuickWin", "/roadmap?status=nonsense" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Safe well water near uranium mines", html);
            Assert.DoesNotContain("@example.com", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("a@example.gov", html);
        }
        var page = await client.GetStringAsync($"/roadmap/{itemId}");
        Assert.Contains($"{water.Members.Count} residents raised it", page);
        Assert.Contains("McKinley County", page);
        Assert.Contains("Every well near a mine is now tested each year", await client.GetStringAsync("/wins"));
        Assert.Contains("Cumplido", await client.GetStringAsync("/es/roadmap"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/roadmap/{Guid.NewGuid()}")).StatusCode);
        var dashboard = await client.GetStringAsync("/dashboard");
        Assert.Contains("<strong>1</strong> roadmap items delivered", dashboard);
        Assert.Contains($"<strong>{site.Query(db => db.Submissions.Count(s => s.Status == CommunityVoice.Core.Submissions.SubmissionStatus.Published))}</strong> published questions and ideas", dashboard);
        Assert.DoesNotContain("@example.com", dashboard);
        Assert.NotEqual(Guid.Empty, same);
    }

    static async Task<CommunityVoice.Core.Clustering.Board> TriageTestsBoard(SubmissionSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Clustering.TriageBoard>().LoadAsync(CancellationToken.None);
    }
}
