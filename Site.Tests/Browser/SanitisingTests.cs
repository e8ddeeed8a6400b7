using CommunityVoice.Tests.Support;
using Microsoft.Playwright;

namespace CommunityVoice.Tests.Browser;

/// <summary>Script typed into Markdown never runs, even with the Content-Security-Policy switched off in the browser.</summary>
[Collection(BrowserCollection.Name)]
public class SanitisingTests(BrowserFixture browser)
{
    const string Hostile = """
        Plain text first.

        <script>window.__pwned = 'script';</script>

        <img src="/nothing.png" onerror="window.__pwned = 'onerror'">

        <a href="javascript:window.__pwned='href'" id="bad-link">A link</a> and [a markdown link](javascript:window.__pwned='md')

        <svg onload="window.__pwned = 'svg'"><circle r="4"></circle></svg>

        <iframe src="javascript:parent.__pwned='iframe'"></iframe>

        <form action="https://example.org"><button formaction="javascript:window.__pwned='form'">Go</button></form>

        <div onmouseover="window.__pwned='hover'" id="hover-me">Hover over me</div>

        Last line.
        """;

    [Fact]
    public async Task RawHtmlAndScriptInMarkdownNeverExecute()
    {
        using var content = TempFolder.CopyOfContent();
        content.Write("pages/hostile.md", "---\ntitle: Hostile\nslug: hostile\nsection: vision\norder: 99\nupdated: 2026-11-25\n---\n" + Hostile);
        await using var site = new LiveSite(content.Path);
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync(site.BaseUrl + "/hostile");
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("Last line.");
        await page.Locator("article a", new() { HasText = "a markdown link" }).ClickAsync();
        if (await page.Locator("#hover-me").CountAsync() > 0) await page.Locator("#hover-me").HoverAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("article script, article iframe, article svg, article form, article [onerror], article [onmouseover]").CountAsync());
    }
}
