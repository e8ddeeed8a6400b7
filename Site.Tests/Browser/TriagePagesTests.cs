using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using CommunityVoice.Tests.Web.Triage;
using Microsoft.Playwright;
using static CommunityVoice.Tests.Browser.SubmissionBrowsing;

namespace CommunityVoice.Tests.Browser;

/// <summary>The staff triage pages in a real browser: a run with its progress, the board, a cluster, runs, weights, charts.</summary>
[Collection(BrowserCollection.Name)]
public class TriagePagesTests(BrowserFixture browser)
{
    static async Task<LiveSite> SiteWithCorpusAsync()
    {
        var site = new LiveSite();
        await AddStaffAsync(site, "triage@example.gov", "Triage");
        foreach (var item in Corpus.Items)
            await SubmitAsync(site, new SubmissionInput { Kind = "usecase", Title = item.Title, Body = item.Body, County = item.County }, item.Language);
        await site.WaitForVectorsAsync();
        return site;
    }

    [Fact]
    public async Task StaffStartARunFollowItsProgressAndReadTheBoardAndAClusterAllPassingAxe()
    {
        await using var site = await SiteWithCorpusAsync();
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await SignInAsync(page, site, "triage@example.gov");

        await page.GotoAsync(site.BaseUrl + "/staff/triage");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No clustering run has finished yet.");
        await AssertNoAxeViolationsAsync(page, "/staff/triage before any run");
        await page.Locator("#k").SelectOptionAsync("3");
        await page.Locator("main button[type=submit]", new() { HasText = "Start a clustering run" }).ClickAsync();
        // The script follows the run and reloads the page when it ends.
        await Assertions.Expect(page.Locator("ol.cv-clusters > li")).ToHaveCountAsync(3, new() { Timeout = 60_000 });
        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await AssertNoAxeViolationsAsync(page, $"/staff/triage with clusters at {width}px");
        }

        await page.Locator("ol.cv-clusters details summary").First.ClickAsync();
        await Assertions.Expect(page.Locator("ol.cv-clusters details table").First).ToContainTextAsync("Equity");

        await page.Locator("ol.cv-clusters h3 a").First.ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
        await AssertNoAxeViolationsAsync(page, "a cluster page");
        await page.Locator("#name").FillAsync("Clean water for rural homes");
        await page.Locator("main button[type=submit]", new() { HasText = "Save the name" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Clean water for rural homes");
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Name saved.");

        foreach (var path in new[] { "/staff/triage/runs", "/staff/triage/weights", "/staff/triage/charts" })
        {
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.Equal(200, response!.Status);
            await AssertNoAxeViolationsAsync(page, path);
        }
    }

    [Fact]
    public async Task WithoutJavaScriptARunIsFollowedByReloadingAndTheChartsAreTables()
    {
        await using var site = await SiteWithCorpusAsync();
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await SignInAsync(page, site, "triage@example.gov");
        await page.GotoAsync(site.BaseUrl + "/staff/triage");
        await page.Locator("main button[type=submit]", new() { HasText = "Start a clustering run" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]").First).ToContainTextAsync("started");
        // Without JavaScript the resident reloads until the run has finished.
        await Wait.UntilAsync(async () =>
        {
            await page.GotoAsync(site.BaseUrl + "/staff/triage");
            return await page.Locator("ol.cv-clusters > li").CountAsync() > 0;
        });
        Assert.True(await page.Locator("ol.cv-clusters > li").CountAsync() >= 1);

        await page.GotoAsync(site.BaseUrl + "/staff/triage/charts");
        await Assertions.Expect(page.Locator("table").Nth(2)).ToContainTextAsync("McKinley County");
    }

    [Fact]
    public async Task TheChartsDrawUnderTheSitesContentSecurityPolicy()
    {
        await using var site = await SiteWithCorpusAsync();
        await site.RunClusteringAsync(k: 3);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await SignInAsync(page, site, "triage@example.gov");
        await page.GotoAsync(site.BaseUrl + "/staff/triage/charts");

        foreach (var id in new[] { "cv-chart-clusters", "cv-chart-weeks", "cv-chart-counties" })
        {
            var drawn = await page.EvaluateAsync<bool>($"() => {{ const c = document.getElementById('{id}'); return !!window.Chart && !!Chart.getChart(c) && c.width > 0; }}");
            Assert.True(drawn, $"{id} was not drawn");
        }
        Assert.Empty(errors);
    }
}
