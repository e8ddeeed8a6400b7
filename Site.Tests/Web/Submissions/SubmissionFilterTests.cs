using System.Net;
using System.Text.Json;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Submissions;

public class SubmissionFilterTests
{
    static readonly RoadmapLinks Links = new((language, id) => $"http://localhost/roadmap/{id}", (language, token) => $"http://localhost/unsubscribe?token={token}");

    static async Task<List<string>> TitlesAsync(HttpClient client, string query)
    {
        var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/submissions?" + query)).RootElement;
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).Order().ToList();
    }

    [Fact]
    public async Task PublishedSubmissionsAreFilteredByTopicAndByWhatBecameOfThem()
    {
        await using var site = TriageSupport.NewSite();
        var eviction = await site.PublishAsync("Eviction filings by county", "How many renters face eviction each year, and where? Landlord filings by month would help.");
        await site.PublishAsync("Clinic wait times", "How long do people wait for a doctor at rural clinics?");
        await site.PublishAsync("Shelters and hospitals", "People without a home end up in hospital emergency rooms; link shelter and hospital data.");
        await site.PublishAsync("Broadband speeds in rural areas", "Maps of internet speed by town would show where fiber is missing.");
        Guid itemId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var backlog = scope.ServiceProvider.GetRequiredService<ManageBacklog>();
            itemId = (await backlog.PromoteSubmissionAsync(eviction, "triage@example.gov", default)).Id!.Value;
            Assert.True((await backlog.ChangeStatusAsync(itemId, 1, BacklogStatus.Accepted, "Renters asked for it.", null, "triage@example.gov", Links, default)).Succeeded);
        }

        var client = site.CreateClient();
        Assert.Equal(["Eviction filings by county", "Shelters and hospitals"], await TitlesAsync(client, "topic=housing"));
        Assert.Equal(["Clinic wait times", "Shelters and hospitals"], await TitlesAsync(client, "topic=HEALTH"));
        Assert.Equal(4, (await TitlesAsync(client, "topic=nonsense")).Count);
        Assert.Equal(["Eviction filings by county"], await TitlesAsync(client, "status=accepted"));
        Assert.Equal(["Broadband speeds in rural areas", "Clinic wait times", "Shelters and hospitals"], await TitlesAsync(client, "status=Waiting"));
        Assert.Empty(await TitlesAsync(client, "status=Delivered"));
        Assert.Empty(await TitlesAsync(client, "topic=health&status=Accepted"));
        Assert.Equal(4, (await TitlesAsync(client, "status=%3Cscript%3E&topic=" + new string('x', 5000))).Count);

        // Each answer names its topics and the roadmap items that took it up, with their status.
        var one = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/submissions/{eviction}")).RootElement;
        Assert.Equal(["housing"], one.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        var mention = Assert.Single(one.GetProperty("roadmap").EnumerateArray());
        Assert.Equal(itemId, mention.GetProperty("id").GetGuid());
        Assert.Equal("Accepted", mention.GetProperty("status").GetString());

        var csv = await client.GetStringAsync("/exports/submissions.csv");
        Assert.Matches("Shelters and hospitals,.*,health;housing;safety\r\n", csv);

        // The page keeps the chosen filters, shows topics and progress, in both languages.
        var html = await client.GetStringAsync("/submissions?topic=housing&status=Accepted");
        Assert.Contains("Eviction filings by county", html);
        Assert.DoesNotContain("Shelters and hospitals", html);
        Assert.Contains("<option value=\"housing\" selected=\"selected\">Housing</option>", html);
        Assert.Contains("<option value=\"Accepted\" selected=\"selected\">Accepted</option>", html);
        Assert.Contains("On the roadmap: Accepted", html);
        var spanish = await client.GetStringAsync("/es/submissions?topic=housing");
        Assert.Contains("Vivienda", spanish);
        Assert.Contains("En el plan: Aceptado", spanish);

        var details = await client.GetStringAsync($"/submissions/{eviction}");
        Assert.Contains($"href=\"/roadmap/{itemId}\"", details);
        Assert.Contains("href=\"/submissions?topic=housing\"", details);
        var waiting = await client.GetStringAsync($"/submissions/{site.Query(db => db.Submissions.Single(s => s.PublicTitle == "Clinic wait times").Id)}");
        Assert.Contains("Not on the roadmap yet", waiting);
    }

    [Fact]
    public async Task SubmissionsStoredWithoutTopicsAreTaggedInTheBackgroundAfterAStart()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = data.Path, ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" };
        Guid id;
        await using (var first = new SubmissionSite(settings))
        {
            id = await first.PublishAsync("School bus routes", "Which schools have the longest bus rides for students?");
            Assert.Equal("|education|", first.Query(db => db.Submissions.Single(s => s.Id == id).Topics));
            // As a row from before topics were kept, or tagged under other priorities.
            first.Query(db => db.Submissions.Where(s => s.Id == id).ExecuteUpdate(u => u.SetProperty(s => s.Topics, (string?)null)));
        }

        await using var second = new SubmissionSite(settings);
        _ = second.CreateClient();
        await second.Services.GetRequiredService<TopicTagger>().Completed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("|education|", second.Query(db => db.Submissions.Single(s => s.Id == id).Topics));
    }
}
