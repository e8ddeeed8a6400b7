using CommunityVoice.Core.Content;

namespace CommunityVoice.Tests.Core.Content;

public class FrontMatterTests
{
    static (FrontMatter? Value, string Body, int BodyLine, IReadOnlyList<ContentError> Errors) Parse(string text, string path = "pages/page.md") =>
        FrontMatter.Parse(new ContentFile(path, text));

    [Fact]
    public void ReadsEveryKeyAndWhereTheBodyStarts()
    {
        var (value, body, bodyLine, errors) = Parse("""
            ---
            title: Who decides
            slug: governance
            summary: The people and groups.
            section: how-it-works
            order: 2
            updated: 2026-11-20
            language: en
            ---
            Body text.
            """);

        Assert.Empty(errors);
        Assert.Equal(new FrontMatter("Who decides", "governance", "The people and groups.", "how-it-works", 2, new DateOnly(2026, 11, 20), "en"), value);
        Assert.Equal("Body text.", body);
        Assert.Equal(10, bodyLine);
    }

    [Fact]
    public void LanguageDefaultsToTheFileName()
    {
        var (value, _, _, errors) = Parse("---\ntitle: Hola\nslug: hola\n---\n", "pages/hola.es.md");
        Assert.Single(errors);
        Assert.Contains("does not match the file name", errors[0].Message);
        Assert.Null(value);

        var (english, _, _, none) = Parse("---\ntitle: Hi\nslug: hi\n---\n");
        Assert.Empty(none);
        Assert.Equal("en", english!.Language);
    }

    [Fact]
    public void MissingFrontMatterIsReportedOnLineOne()
    {
        var (_, _, _, errors) = Parse("# Just a heading\n");
        var error = Assert.Single(errors);
        Assert.Equal(("pages/page.md", 1), (error.File, error.Line));
        Assert.Contains("must start with a front matter block", error.Message);
    }

    [Fact]
    public void UnclosedFrontMatterIsReported()
    {
        var (_, _, _, errors) = Parse("---\ntitle: x\nslug: x\n");
        Assert.Contains("never closed", Assert.Single(errors).Message);
    }

    [Fact]
    public void BrokenYamlNamesTheFileLine()
    {
        var (_, _, _, errors) = Parse("---\ntitle: ok\nslug: ok\nsummary: [unclosed\n---\nbody");
        var error = Assert.Single(errors);
        Assert.StartsWith("Broken YAML", error.Message);
        Assert.InRange(error.Line, 4, 6);
    }

    [Fact]
    public void AnUnclosedBracketIsReportedNotThrown()
    {
        var (_, _, _, errors) = Parse("---\ntitle: [unclosed\nslug: broken\n---\nBody\n");
        var error = Assert.Single(errors);
        Assert.Contains("never closed", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("slug: Not A Slug", 3, "must be lower-case")]
    [InlineData("order: first", 3, "'order' must be a whole number")]
    [InlineData("updated: 20 November", 3, "YYYY-MM-DD")]
    [InlineData("language: fr", 3, "is not one of")]
    [InlineData("colour: blue", 3, "Unknown front matter key 'colour'")]
    public void EachBadValueIsReportedOnItsLine(string line, int expectedLine, string message)
    {
        var text = line.StartsWith("slug:") ? $"---\ntitle: T\n{line}\n---\n" : $"---\ntitle: T\n{line}\nslug: s\n---\n";
        var (_, _, _, errors) = Parse(text);
        var error = Assert.Single(errors);
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void TitleAndSlugAreRequired()
    {
        var (_, _, _, errors) = Parse("---\nsummary: nothing else\n---\n");
        Assert.Equal(["Front matter is missing 'title'.", "Front matter is missing 'slug'."], errors.Select(e => e.Message));
    }
}
