using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Content;

public class ContentReloadTests
{
    static async Task<string> WaitForAsync(HttpClient client, string url, Func<string, bool> condition)
    {
        var html = "";
        await Wait.UntilAsync(async () => condition(html = await (await client.GetAsync(url)).Content.ReadAsStringAsync()), TimeSpan.FromSeconds(15));
        return html;
    }

    [Fact]
    public async Task EditingAFileUpdatesThePageWithoutARestart()
    {
        using var content = TempFolder.CopyOfContent();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        Assert.Contains("<h1>Who decides</h1>", await client.GetStringAsync("/governance"));

        var path = Path.Combine(content.Path, "pages", "governance.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Who decides", "title: Who decides, revised"));

        var html = await WaitForAsync(client, "/governance", h => h.Contains("Who decides, revised"));
        Assert.Contains("<h1>Who decides, revised</h1>", html);
    }

    [Fact]
    public async Task ANewFileIsPublishedAndABrokenOneIsSkippedWhileTheRestServes()
    {
        using var content = TempFolder.CopyOfContent();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetStringAsync("/");

        content.Write("pages/new-page.md", "---\ntitle: Brand new\nslug: new-page\nsection: vision\norder: 9\nupdated: 2026-11-25\n---\nHello.\n");
        content.Write("pages/broken.md", "---\ntitle: [unclosed\nslug: broken\n---\nBody\n");
        var purpose = Path.Combine(content.Path, "pages", "purpose.md");
        File.WriteAllText(purpose, File.ReadAllText(purpose).Replace("slug: purpose", "slug: purpose\ncolour: red"));

        Assert.Contains("<h1>Brand new</h1>", await WaitForAsync(client, "/new-page", h => h.Contains("Brand new")));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/broken")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/purpose")).StatusCode);
        Assert.Contains("Quién decide", await client.GetStringAsync("/es/governance"));
        Assert.Contains("href=\"/new-page\"", await client.GetStringAsync("/governance"));
    }
}
