using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CommunityVoice.Core.Content;

/// <summary>
/// Turns the raw files of a content folder into a <see cref="ContentSnapshot"/>. A file with a problem (broken
/// front matter, a slug already taken, a link to a page that does not exist) is left out and reported; every
/// other page is still published.
/// </summary>
public sealed class ContentBuilder(MarkdownRenderer renderer)
{
    public const string SectionsFile = "sections.yml";

    /// <param name="pages">Markdown files, paths relative to the content root.</param>
    /// <param name="sectionsYaml">The text of <c>sections.yml</c>, or null when there is none.</param>
    /// <param name="appRoutes">Paths served by the application rather than by content (e.g. "/sitemap.xml"), valid link targets.</param>
    public ContentSnapshot Build(IEnumerable<ContentFile> pages, string? sectionsYaml, IReadOnlySet<string> appRoutes, DateTimeOffset now)
    {
        var errors = new List<ContentError>();
        var sections = ParseSections(sectionsYaml, errors);

        var parsed = new List<(ContentFile File, ContentPage Page, RenderedMarkdown Rendered, int BodyLine)>();
        foreach (var file in pages.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var (front, body, bodyLine, frontErrors) = FrontMatter.Parse(file);
            if (front is null) { errors.AddRange(frontErrors); continue; }
            if (front.Section is not null && sections.All(s => s.Id != front.Section))
            {
                errors.Add(new(file.Path, FrontMatter.LineOf(file, "section"),
                    $"Section '{front.Section}' is not defined in {SectionsFile} (defined: {string.Join(", ", sections.Select(s => s.Id))})."));
                continue;
            }
            var duplicate = parsed.FirstOrDefault(p => p.Page.Slug == front.Slug && p.Page.Language == front.Language);
            if (duplicate.Page is not null)
            {
                errors.Add(new(file.Path, FrontMatter.LineOf(file, "slug"),
                    $"Slug '{front.Slug}' ({front.Language}) is already used by {duplicate.File.Path}."));
                continue;
            }
            var prefix = front.Language == SiteLanguages.Default ? "" : "/" + front.Language;
            var rendered = renderer.Render(body, prefix);
            var page = new ContentPage(front.Slug, front.Language, front.Title, front.Summary, front.Section, front.Order,
                front.Updated, rendered.Html, rendered.Toc, file.Path);
            parsed.Add((file, page, rendered, bodyLine));
        }

        var published = new List<ContentPage>();
        foreach (var (file, page, rendered, bodyLine) in parsed)
        {
            var broken = rendered.Links
                .Select(link => (link, problem: LinkProblem(link, page.Language, parsed.Select(p => p.Page).ToList(), appRoutes)))
                .Where(x => x.problem is not null)
                .Select(x => new ContentError(file.Path, bodyLine + x.link.BodyLine - 1, x.problem!))
                .ToList();
            if (broken.Count > 0) errors.AddRange(broken);
            else published.Add(page);
        }

        return new ContentSnapshot(published, sections, errors, now);
    }

    static string? LinkProblem(InternalLink link, string language, IReadOnlyList<ContentPage> pages, IReadOnlySet<string> appRoutes)
    {
        if (appRoutes.Contains(link.Path)) return null;
        var slug = link.Path == "/" ? ContentPage.HomeSlug : link.Path.TrimStart('/');
        var target = pages.FirstOrDefault(p => p.Slug == slug && p.Language == language)
                     ?? pages.FirstOrDefault(p => p.Slug == slug && p.Language == SiteLanguages.Default);
        if (target is null) return $"Link to '{link.Path}', but no page has the slug '{slug}'.";
        if (link.Anchor is { Length: > 0 } anchor && target.Toc.All(t => t.Id != anchor) && !target.Html.Contains($"id=\"{anchor}\"", StringComparison.Ordinal))
            return $"Link to '{link.Path}#{anchor}', but that page has no heading with the anchor '{anchor}'.";
        return null;
    }

    static List<Section> ParseSections(string? yaml, List<ContentError> errors)
    {
        var sections = new List<Section>();
        if (yaml is null) return sections;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return sections;
            if (stream.Documents[0].RootNode is not YamlSequenceNode list)
            {
                errors.Add(new(SectionsFile, 1, "sections.yml must be a list of sections (- id: ..., order: ..., title: {en: ..., es: ...})."));
                return sections;
            }
            foreach (var node in list.Children.OfType<YamlMappingNode>())
            {
                var line = (int)node.Start.Line;
                string? Scalar(string key) => node.Children.TryGetValue(key, out var v) ? (v as YamlScalarNode)?.Value : null;
                var id = Scalar("id");
                var titles = node.Children.TryGetValue("title", out var t) && t is YamlMappingNode tm
                    ? tm.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => (kv.Value as YamlScalarNode)?.Value ?? "")
                    : [];
                if (string.IsNullOrWhiteSpace(id) || !titles.ContainsKey(SiteLanguages.Default))
                {
                    errors.Add(new(SectionsFile, line, $"Each section needs an 'id' and a 'title' with at least '{SiteLanguages.Default}'."));
                    continue;
                }
                _ = int.TryParse(Scalar("order"), out var order);
                sections.Add(new Section(id, order, titles));
            }
        }
        catch (YamlException ex)
        {
            errors.Add(new(SectionsFile, (int)ex.Start.Line, "Broken YAML: " + (ex.InnerException?.Message ?? ex.Message)));
        }
        catch (InvalidOperationException)
        {
            errors.Add(new(SectionsFile, 1, "Broken YAML: a bracket, brace or quote is never closed."));
        }
        return sections;
    }
}
