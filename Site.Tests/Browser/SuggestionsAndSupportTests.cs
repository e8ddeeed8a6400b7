using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Playwright;

namespace CommunityVoice.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SuggestionsAndSupportTests(BrowserFixture browser)
{
    static SubmissionInput Question(string title) => new()
    {
        Kind = "question", Title = title, Body = "Families who qualify for help with child care often never apply for it.",
    };

    [Fact]
    public async Task TypingATitleSuggestsSimilarSubmissionsAndAResidentCanSupportOneInstead()
    {
        await using var site = new LiveSite();
        var id = await SubmissionBrowsing.SubmitAsync(site, Question("How many families miss out on child care subsidies?"));
        await SubmissionBrowsing.PublishAsync(site, id);

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/ask");
        await page.Locator("#Input_Title").PressSequentiallyAsync("families missing child care subsidies", new() { Delay = 10 });

        var suggestion = page.Locator("#cv-similar a", new() { HasText = "How many families miss out on child care subsidies?" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await SubmissionBrowsing.AssertNoAxeViolationsAsync(page, "/ask with suggestions");

        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How many families miss out on child care subsidies?");
        await page.Locator("#cv-support button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#cv-support")).ToContainTextAsync("1 residents support this.");
        await Assertions.Expect(page.Locator("#cv-support .usa-alert")).ToContainTextAsync("your support is counted");

        // A second click from the same browser does not count again.
        await page.Locator("#cv-support button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#cv-support .usa-alert")).ToContainTextAsync("already support this");
        await Assertions.Expect(page.Locator("#cv-support")).ToContainTextAsync("1 residents support this.");
        await SubmissionBrowsing.AssertNoAxeViolationsAsync(page, "submission with support message");
    }

    [Fact]
    public async Task WithoutJavaScriptTheCheckButtonShowsTheSameSuggestions()
    {
        await using var site = new LiveSite();
        var id = await SubmissionBrowsing.SubmitAsync(site, Question("Cuántas familias no reciben ayuda para el cuidado infantil"), "es");
        await SubmissionBrowsing.PublishAsync(site, id);

        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/es/ask");
        await page.Locator("#Input_Title").FillAsync("familias sin ayuda para el cuidado infantil");
        await page.Locator("button.cv-similar__check").ClickAsync();

        await Assertions.Expect(page.Locator("#cv-similar a")).ToHaveTextAsync("Cuántas familias no reciben ayuda para el cuidado infantil");
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveValueAsync("familias sin ayuda para el cuidado infantil");
    }
}

[Collection(BrowserCollection.Name)]
public class ApiReferencePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheApiReferencePassesAxe()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Site.BaseUrl + "/developers/api");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("API reference");
        await SubmissionBrowsing.AssertNoAxeViolationsAsync(page, "/developers/api");
    }
}
