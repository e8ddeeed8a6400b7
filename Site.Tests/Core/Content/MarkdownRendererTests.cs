using CommunityVoice.Core.Content;

namespace CommunityVoice.Tests.Core.Content;

public class MarkdownRendererTests
{
    readonly MarkdownRenderer renderer = new();

    [Fact]
    public void HeadingsGetAnchorsAndFormTheTableOfContents()
    {
        var result = renderer.Render("## Our default is to share\n\ntext\n\n### Between agencies\n\n## Privacy\n");
        Assert.Contains("<h2 id=\"our-default-is-to-share\">", result.Html);
        Assert.Equal(
            [new TocEntry(2, "our-default-is-to-share", "Our default is to share"), new TocEntry(3, "between-agencies", "Between agencies"), new TocEntry(2, "privacy", "Privacy")],
            result.Toc);
    }

    [Fact]
    public void TablesGetTheDesignSystemClass()
    {
        var result = renderer.Render("| Stage | Meaning |\n|---|---|\n| Inventory | What exists |\n");
        Assert.Contains("<table class=\"usa-table\">", result.Html);
        Assert.Contains("<td>Inventory</td>", result.Html);
    }

    [Fact]
    public void FootnotesKeepTheirLinksAndIds()
    {
        var result = renderer.Render("Linked data.[^1]\n\n[^1]: Joined with care.\n");
        Assert.Contains("href=\"#fn:1\"", result.Html);
        Assert.Contains("id=\"fn:1\"", result.Html);
        Assert.Contains("Joined with care.", result.Html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=\"alert(1)\">", "onerror")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>", "onclick")]
    [InlineData("<form action=\"https://example.org\"><button formaction=\"javascript:alert(1)\">Go</button></form>", "<form")]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"4\"></circle></svg>", "<svg")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>", "javascript")]
    public void RawHtmlAndScriptAreRemoved(string markdown, string forbidden)
    {
        var html = renderer.Render("Before\n\n" + markdown + "\n\nAfter").Html;
        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("After", html);
    }

    [Fact]
    public void InternalLinksAreReportedWithTheirLineAndPrefixedForTheLanguage()
    {
        var result = renderer.Render("Intro\n\nSee [who decides](/governance#board) and [home](/).\n\n[Outside](https://example.org)", "/es");
        Assert.Equal([new InternalLink("/governance", "board", 3), new InternalLink("/", null, 3)], result.Links);
        Assert.Contains("href=\"/es/governance#board\"", result.Html);
        Assert.Contains("href=\"/es/\"", result.Html);
        Assert.Contains("href=\"https://example.org\"", result.Html);
    }
}
