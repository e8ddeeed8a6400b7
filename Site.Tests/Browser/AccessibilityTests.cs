using CommunityVoice.Core.Content;
using CommunityVoice.Tests.Support;
using Microsoft.Playwright;

namespace CommunityVoice.Tests.Browser;

/// <summary>Every published page, in both languages, in a real browser: no axe-core violation, and usable without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> PublicUrls()
    {
        var snapshot = Repo.LoadContent();
        var urls = new TheoryData<string>();
        foreach (var language in SiteLanguages.All)
        {
            var prefix = language == SiteLanguages.Default ? "" : "/" + language;
            foreach (var view in snapshot.PagesFor(language))
                urls.Add(prefix + view.Page.Path);
            urls.Add(prefix + "/this-page-does-not-exist");
        }
        return urls;
    }

    [Theory]
    [MemberData(nameof(PublicUrls))]
    public async Task EveryPublicPagePassesAxeOnDesktopAndPhone(string url)
    {
        foreach (var width in new[] { 1280, 375 })
        {
            await using var context = await browser.NewContextAsync(bypassCsp: true, width: width, height: 800);
            var page = await context.NewPageAsync();
            await page.GotoAsync(browser.Site.BaseUrl + url);
            Assert.Equal(url.StartsWith("/es") ? "es" : "en", await page.GetAttributeAsync("html", "lang"));
            var violations = await BrowserFixture.AxeViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{url} at {width}px:\n" + string.Join("\n", violations));
        }
    }

    [Theory]
    [MemberData(nameof(PublicUrls))]
    public async Task EveryPublicPageWorksWithoutJavaScript(string url)
    {
        await using var context = await browser.NewContextAsync(javaScript: false, width: 375, height: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Site.BaseUrl + url);

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        // On a phone the menu button needs JavaScript, so without it the sections are listed openly.
        await Assertions.Expect(page.Locator(".usa-menu-btn")).ToBeHiddenAsync();
        var navLinks = page.Locator(".usa-nav__primary a");
        Assert.True(await navLinks.CountAsync() >= 3);
        await Assertions.Expect(navLinks.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cv-language")).ToBeVisibleAsync();
    }
}
