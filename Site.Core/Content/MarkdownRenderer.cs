using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommunityVoice.Core.Content;

/// <summary>
/// Renders page bodies with Markdig (tables, footnotes, heading anchors) and sanitises the result, so raw HTML or
/// script typed into Markdown can never run in a visitor's browser.
/// </summary>
public sealed class MarkdownRenderer
{
    readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    readonly HtmlSanitizer sanitizer = CreateSanitizer();

    /// <param name="linkPrefix">Prepended to site-internal links ("/es" on Spanish pages) so readers stay in their language.</param>
    public RenderedMarkdown Render(string markdown, string linkPrefix = "")
    {
        var document = Markdown.Parse(markdown, pipeline);
        var links = new List<InternalLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || !IsInternal(link.Url)) continue;
            var url = link.Url!;
            var hash = url.IndexOf('#');
            var path = hash < 0 ? url : url[..hash];
            links.Add(new InternalLink(path, hash < 0 ? null : url[(hash + 1)..], link.Line + 1));
            if (linkPrefix.Length > 0) link.Url = linkPrefix + url;
        }

        var toc = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id ?? "", InlineText(h.Inline)))
            .Where(t => t.Id.Length > 0)
            .ToList();

        var html = sanitizer.Sanitize(document.ToHtml(pipeline));
        return new RenderedMarkdown(html, toc, links);
    }

    static bool IsInternal(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var parts = inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())
            .Concat(inline.Descendants<CodeInline>().Select(c => c.Content));
        return string.Concat(parts).Trim();
    }

    static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Heading anchors and footnotes need ids; classes come only from Markdig and from us.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // Pages publish text; forms belong to the site's own pages, never to content.
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend" })
            sanitizer.AllowedTags.Remove(tag);
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "TABLE" } table)
                table.ClassList.Add("usa-table");
        };
        return sanitizer;
    }
}
