using System.Net;
using System.Xml.Linq;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Content;

public class ContentPageTests : IClassFixture<DefaultSite>
{
    readonly DefaultSite site;
    public ContentPageTests(DefaultSite site) => this.site = site;

    [Fact]
    public async Task TheHomePageShowsTheVisionAndTheSections()
    {
        var html = await site.CreateClient().GetStringAsync("/");
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("<h1>Community Voice</h1>", html);
        Assert.Contains("href=\"/purpose\"", html);
        Assert.Contains("Our vision", html);
        Assert.Contains("href=\"/es/\" lang=\"es\" hreflang=\"es\"", html);
    }

    [Fact]
    public async Task ALongPageHasATableOfContentsBreadcrumbsAndPreviousNext()
    {
        var html = await site.CreateClient().GetStringAsync("/principles");
        Assert.Contains("On this page", html);
        Assert.Contains("class=\"usa-breadcrumb\"", html);
        Assert.Contains("rel=\"prev\"", html);
        Assert.Contains("href=\"/priorities\" rel=\"prev\"", html);
        Assert.Contains("aria-current=\"page\"", html);
    }

    [Fact]
    public async Task TheSpanishPageIsInSpanishWithSpanishLinks()
    {
        var html = await site.CreateClient().GetStringAsync("/es/principles");
        Assert.Contains("<html lang=\"es\"", html);
        Assert.Contains("En esta página", html);
        Assert.Contains("href=\"/es/priorities\"", html);
        Assert.Contains("href=\"/principles\" lang=\"en\" hreflang=\"en\"", html);
        Assert.DoesNotContain("not translated", html);
    }

    [Fact]
    public async Task IndexRedirectsToTheHomePage()
    {
        var response = await site.CreatePlainClient().GetAsync("/es/index");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/es/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheSitemapListsEveryPageWithItsTranslations()
    {
        var xml = XDocument.Parse(await site.CreateClient().GetStringAsync("/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/", locs);
        Assert.Contains("http://localhost/es/governance", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.True(locs.Count >= 16);
    }

    [Fact]
    public async Task TheAtomFeedListsUpdatedPagesInTheReadersLanguage()
    {
        var response = await site.CreateClient().GetAsync("/es/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Descendants(atom + "entry").ToList();
        Assert.True(entries.Count >= 8);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/es/", e.Element(atom + "link")!.Attribute("href")!.Value));
        Assert.Contains(entries, e => e.Element(atom + "title")!.Value == "Quién decide");
    }

    [Fact]
    public async Task PagesAreServedFromTheOutputCacheSeparatelyPerLanguage()
    {
        var client = site.CreateClient();
        var english = await client.GetStringAsync("/governance");
        var spanish = await client.GetStringAsync("/es/governance");
        var englishAgain = await client.GetAsync("/governance");
        Assert.NotEqual(english, spanish);
        Assert.Equal(english, await englishAgain.Content.ReadAsStringAsync());
        Assert.True(englishAgain.Headers.Age is not null, "A second request is answered from the output cache (it has an Age header).");
    }
}
