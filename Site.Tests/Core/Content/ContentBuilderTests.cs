using CommunityVoice.Core.Content;

namespace CommunityVoice.Tests.Core.Content;

public class ContentBuilderTests
{
    const string Sections = "- id: vision\n  order: 1\n  title: {en: Our vision, es: Nuestra visión}\n- id: take-part\n  order: 2\n  title: {en: Take part}\n";
    static readonly IReadOnlySet<string> AppRoutes = new HashSet<string> { "/sitemap.xml" };

    static ContentFile Page(string path, string slug, string? section = null, int order = 0, string body = "Text.", string title = "Title")
    {
        var language = FrontMatter.LanguageOfFileName(path);
        var sectionLine = section is null ? "" : $"section: {section}\n";
        return new ContentFile(path, $"---\ntitle: {title}\nslug: {slug}\n{sectionLine}order: {order}\nupdated: 2026-11-01\nlanguage: {language}\n---\n{body}\n");
    }

    static ContentSnapshot Build(params ContentFile[] files) =>
        new ContentBuilder(new MarkdownRenderer()).Build(files, Sections, AppRoutes, DateTimeOffset.UnixEpoch);

    [Fact]
    public void ABrokenPageIsSkippedAndTheOthersArePublished()
    {
        var snapshot = Build(Page("pages/index.md", "index"), new ContentFile("pages/bad.md", "no front matter"), Page("pages/purpose.md", "purpose", "vision"));
        Assert.Equal(["index", "purpose"], snapshot.Pages.Select(p => p.Slug).Order());
        Assert.Equal("pages/bad.md:1: The file must start with a front matter block: a line '---', YAML keys, and a closing '---'.", Assert.Single(snapshot.Errors).ToString());
    }

    [Fact]
    public void ADuplicateSlugNamesBothFilesAndTheSlugLine()
    {
        var snapshot = Build(Page("pages/a.md", "same"), Page("pages/b.md", "same"));
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("pages/b.md", 3), (error.File, error.Line));
        Assert.Contains("already used by pages/a.md", error.Message);
        Assert.Single(snapshot.Pages);
    }

    [Fact]
    public void TheSameSlugInTwoLanguagesIsATranslationNotADuplicate()
    {
        var snapshot = Build(Page("pages/a.md", "a"), Page("pages/a.es.md", "a"));
        Assert.Empty(snapshot.Errors);
        Assert.Equal(2, snapshot.Pages.Count);
    }

    [Fact]
    public void ALinkToAMissingPageNamesTheFileLine()
    {
        var snapshot = Build(Page("pages/a.md", "a", body: "One\n\nTwo\n\nSee [gone](/nowhere)."), Page("pages/b.md", "b", body: "[a](/a) and [map](/sitemap.xml)"));
        var error = Assert.Single(snapshot.Errors);
        // Front matter is lines 1-7, so the body's fifth line is line 12.
        Assert.Equal("pages/a.md:12: Link to '/nowhere', but no page has the slug 'nowhere'.", error.ToString());
        Assert.Equal(["b"], snapshot.Pages.Select(p => p.Slug));
    }

    [Fact]
    public void ALinkToAMissingHeadingIsReported()
    {
        var snapshot = Build(Page("pages/a.md", "a", body: "## Real heading"), Page("pages/b.md", "b", body: "[ok](/a#real-heading) [bad](/a#no-such)"));
        Assert.Contains("no heading with the anchor 'no-such'", Assert.Single(snapshot.Errors).Message);
    }

    [Fact]
    public void AnUnknownSectionIsReported()
    {
        var snapshot = Build(Page("pages/a.md", "a", "nowhere"));
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("Section 'nowhere' is not defined", error.Message);
    }

    [Fact]
    public void SpanishReadersGetSpanishPagesAndEnglishWhereNoTranslationExists()
    {
        var snapshot = Build(Page("pages/index.md", "index"), Page("pages/index.es.md", "index", title: "Inicio"), Page("pages/purpose.md", "purpose", "vision"));
        Assert.False(snapshot.Find("index", "es")!.IsFallback);
        Assert.Equal("Inicio", snapshot.Find("index", "es")!.Page.Title);
        var fallback = snapshot.Find("purpose", "es")!;
        Assert.True(fallback.IsFallback);
        Assert.Equal("en", fallback.Page.Language);
        Assert.Null(snapshot.Find("missing", "es"));
    }

    [Fact]
    public void NavigationFollowsSectionOrderAndPagesFollowTheirOrder()
    {
        var snapshot = Build(
            Page("pages/index.md", "index"), Page("pages/join.md", "join", "take-part"),
            Page("pages/second.md", "second", "vision", 2), Page("pages/first.md", "first", "vision", 1), Page("pages/third.md", "third", "vision", 3));

        Assert.Equal([("vision", "first"), ("take-part", "join")], snapshot.Navigation("en").Select(n => (n.Section.Id, n.Landing.Page.Slug)));
        Assert.Equal("Nuestra visión", snapshot.Navigation("es")[0].Section.TitleIn("es"));
        Assert.Equal("Take part", snapshot.Navigation("es")[1].Section.TitleIn("es"));

        var second = snapshot.Find("second", "en")!.Page;
        var (previous, next) = snapshot.Neighbours(second, "en");
        Assert.Equal(("first", "third"), (previous!.Page.Slug, next!.Page.Slug));
        Assert.Equal((null, null), snapshot.Neighbours(snapshot.Find("index", "en")!.Page, "en"));
    }
}
