using System.Text.Json;
using Microsoft.Playwright;

namespace CommunityVoice.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, shared by the browser tests of one collection, with the site running
/// on Kestrel beside it. axe-core (from npm, installed by test.sh) checks WCAG 2.1 AA on every page a test opens.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    static readonly string AxeScript = Path.Combine(Repo.Root, "Site.Tests", "node_modules", "axe-core", "axe.min.js");
    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public LiveSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = new LiveSite();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await Site.DisposeAsync();
    }

    /// <summary>A fresh browser context; axe needs its script injected, so the page's CSP is bypassed only when asked.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScript = true, bool bypassCsp = false, int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new()
        {
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            ViewportSize = new() { Width = width, Height = height },
        });

    /// <summary>Runs axe-core against the page and returns one line per WCAG 2.1 A/AA violation.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing at {AxeScript}: run ./test.sh (it runs npm ci in Site.Tests).");
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })");
        return result.GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at " +
                         string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").ToString())))
            .ToList();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
