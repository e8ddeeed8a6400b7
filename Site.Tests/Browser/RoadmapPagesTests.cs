using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using CommunityVoice.Tests.Web.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CommunityVoice.Tests.Browser.SubmissionBrowsing;

namespace CommunityVoice.Tests.Browser;

/// <summary>The public roadmap pages and the staff backlog pages in a real browser, with axe, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public class RoadmapPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task RoadmapWinsItemUnsubscribeAndStaffBacklogPagesPassAxeWithAndWithoutJavaScript()
    {
        await using var site = new LiveSite();
        await AddStaffAsync(site, "triage@example.gov", "Triage");
        foreach (var item in Corpus.Items)
            await SubmitAsync(site, new SubmissionInput { Kind = "usecase", Title = item.Title, Body = item.Body, County = item.County }, item.Language);
        await site.WaitForVectorsAsync();
        await site.RunClusteringAsync(k: 3);

        Guid delivered, declined;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var board = await scope.ServiceProvider.GetRequiredService<TriageBoard>().LoadAsync(default);
            var manage = scope.ServiceProvider.GetRequiredService<ManageBacklog>();
            var db = scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Data.CommunityVoiceDbContext>();
            var links = new RoadmapLinks((l, id) => site.BaseUrl + "/roadmap/" + id, (l, t) => site.BaseUrl + "/unsubscribe?token=" + t);
            delivered = (await manage.PromoteClusterAsync(board.Clusters[0].Key, "triage@example.gov", default)).Id!.Value;
            declined = (await manage.PromoteClusterAsync(board.Clusters[1].Key, "triage@example.gov", default)).Id!.Value;
            async Task StepAsync(Guid id, BacklogStatus to, string? reason = null, string? changed = null)
            {
                var version = (await db.BacklogItems.AsNoTracking().SingleAsync(i => i.Id == id)).Version;
                var result = await manage.ChangeStatusAsync(id, version, to, reason, changed, "triage@example.gov", links, default);
                Assert.True(result.Succeeded, result.Error);
            }
            foreach (var to in new[] { BacklogStatus.Accepted, BacklogStatus.Planned, BacklogStatus.InProgress }) await StepAsync(delivered, to);
            await StepAsync(delivered, BacklogStatus.Delivered, changed: "Test results for every well near a mine are now on a public map.");
            await StepAsync(declined, BacklogStatus.Declined, reason: "The data belongs to a federal agency; we asked them to publish it.");
        }

        var paths = new[] { "/roadmap", $"/roadmap/{delivered}", $"/roadmap/{declined}", "/wins", "/dashboard", "/unsubscribe?token=abc", "/unsubscribe" };
        foreach (var javaScript in new[] { true, false })
        {
            await using var context = await browser.NewContextAsync(javaScript: javaScript, bypassCsp: true);
            var page = await context.NewPageAsync();
            foreach (var path in paths.Concat(paths.Select(p => "/es" + p)))
            {
                var response = await page.GotoAsync(site.BaseUrl + path);
                Assert.Equal(200, response!.Status);
                await Assertions.Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
                if (javaScript) await AssertNoAxeViolationsAsync(page, path);
            }
        }

        await using var staff = await browser.NewContextAsync(bypassCsp: true);
        var staffPage = await staff.NewPageAsync();
        await SignInAsync(staffPage, site, "triage@example.gov");
        foreach (var path in new[] { "/staff/roadmap", $"/staff/roadmap/{delivered}", $"/staff/roadmap/{declined}", "/staff/webhooks" })
        {
            await staffPage.GotoAsync(site.BaseUrl + path);
            await AssertNoAxeViolationsAsync(staffPage, path);
        }
        // The dashboard's charts draw under the site's Content-Security-Policy, with no script error.
        await using (var strict = await browser.NewContextAsync())
        {
            var page = await strict.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(site.BaseUrl + "/es/dashboard");
            foreach (var id in new[] { "cv-chart-months", "cv-chart-counties", "cv-chart-statuses" })
                Assert.True(await page.EvaluateAsync<bool>($"() => !!window.Chart && !!Chart.getChart(document.getElementById('{id}'))"), $"{id} was not drawn");
            Assert.Empty(errors);
            await Assertions.Expect(page.Locator("main table").Nth(2)).ToContainTextAsync("Cumplido");
        }

        // A declined item can be proposed again from its page.
        await staffPage.GotoAsync(site.BaseUrl + $"/staff/roadmap/{declined}");
        await staffPage.Locator("main button[type=submit]", new() { HasText = "Change the status" }).ClickAsync();
        await Assertions.Expect(staffPage.Locator("main .cv-kind")).ToContainTextAsync("Status: proposed");
    }
}
