using CommunityVoice.Tests.Support;
using Microsoft.Playwright;

namespace CommunityVoice.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class NavigationTests(BrowserFixture browser)
{
    [Fact]
    public async Task AReaderFollowsTheSectionsPageByPageAndSwitchesToSpanish()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Site.BaseUrl + "/");

        var sections = await page.Locator(".usa-nav__primary a").AllInnerTextsAsync();
        Assert.Equal(["Our vision", "How it works", "Take part"], sections.Select(s => s.Trim()));

        foreach (var section in sections)
        {
            await page.Locator(".usa-nav__primary a", new() { HasText = section.Trim() }).ClickAsync();
            await Assertions.Expect(page.Locator(".usa-nav__primary a.usa-current")).ToHaveTextAsync(section.Trim());
            // Walk the section with the "Next" links until its last page.
            var visited = 1;
            while (await page.Locator("a[rel=next]").CountAsync() > 0 && visited < 20)
            {
                var expected = (await page.Locator("a[rel=next] span").Last.InnerTextAsync()).Trim();
                await page.Locator("a[rel=next]").ClickAsync();
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(expected);
                visited++;
            }
            Assert.True(visited >= 2, $"The section '{section}' has at least two pages to walk through.");
        }

        await page.GotoAsync(browser.Site.BaseUrl + "/governance");
        await page.Locator(".cv-language").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.Site.BaseUrl + "/es/governance");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Quién decide");
        await page.Locator(".usa-breadcrumb a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.Site.BaseUrl + "/es/");
    }

    [Fact]
    public async Task OnAPhoneTheMenuButtonOpensAndClosesTheNavigation()
    {
        await using var context = await browser.NewContextAsync(width: 375, height: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Site.BaseUrl + "/es/");
        var nav = page.Locator("nav.usa-nav");
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await page.Locator(".usa-menu-btn").ClickAsync();
        await Assertions.Expect(nav).ToBeVisibleAsync();
        Assert.Equal("Menú", (await page.Locator(".usa-menu-btn").TextContentAsync())!.Trim());
        await page.Locator(".usa-nav__close").ClickAsync();
        await Assertions.Expect(nav).ToBeHiddenAsync();
    }

    [Fact]
    public async Task TheTableOfContentsJumpsToItsHeading()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Site.BaseUrl + "/principles");
        var entry = page.Locator(".cv-toc a").Nth(1);
        var target = (await entry.GetAttributeAsync("href"))!;
        await entry.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.Site.BaseUrl + "/principles" + target);
        await Assertions.Expect(page.Locator(target)).ToBeInViewportAsync();
    }
}
