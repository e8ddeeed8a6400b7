using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CommunityVoice.Core.Content;

/// <summary>
/// The YAML block at the top of a content file, between two <c>---</c> lines. Parsed node by node so that every
/// error can name the line it is on.
/// </summary>
public sealed partial record FrontMatter(
    string Title,
    string Slug,
    string Summary,
    string? Section,
    int Order,
    DateOnly Updated,
    string Language)
{
    static readonly string[] Keys = ["title", "slug", "summary", "section", "order", "updated", "language"];

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Splits a file into front matter and body; BodyLine is the 1-based file line where the body starts.</summary>
    public static (FrontMatter? Value, string Body, int BodyLine, IReadOnlyList<ContentError> Errors) Parse(ContentFile file)
    {
        var lines = file.Text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            return Fail(file, 1, "The file must start with a front matter block: a line '---', YAML keys, and a closing '---'.");
        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
            return Fail(file, 1, "The front matter block opened on line 1 is never closed with a '---' line.");

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyLine = close + 2;

        YamlMappingNode map;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode m)
                return Fail(file, 2, "The front matter must be YAML keys and values (title: ..., slug: ...).");
            map = m;
        }
        catch (YamlException ex)
        {
            return Fail(file, (int)ex.Start.Line + 1, "Broken YAML in front matter: " + (ex.InnerException?.Message ?? ex.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser gives up this way when a bracket or quote is never closed.
            return Fail(file, close + 1, "Broken YAML in front matter: a bracket, brace or quote opened here is never closed.");
        }

        var errors = new List<ContentError>();
        var values = new Dictionary<string, (string Value, int Line)>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line + 1;
            if (!Keys.Contains(key))
                errors.Add(new(file.Path, line, $"Unknown front matter key '{key}'. Known keys: {string.Join(", ", Keys)}."));
            else if (valueNode is not YamlScalarNode scalar)
                errors.Add(new(file.Path, line, $"'{key}' must be a single value, not a list or a map."));
            else
                values[key] = ((scalar.Value ?? "").Trim(), (int)valueNode.Start.Line + 1);
        }

        string Required(string key)
        {
            if (values.TryGetValue(key, out var v) && v.Value.Length > 0) return v.Value;
            errors.Add(new(file.Path, 1, $"Front matter is missing '{key}'."));
            return "";
        }

        var title = Required("title");
        var slug = Required("slug");
        if (slug.Length > 0 && !SlugPattern().IsMatch(slug))
            errors.Add(new(file.Path, values["slug"].Line, $"Slug '{slug}' must be lower-case letters, digits and single hyphens."));

        var language = values.TryGetValue("language", out var lang) ? lang.Value : SiteLanguages.Default;
        var expected = LanguageOfFileName(file.Path);
        if (!SiteLanguages.IsSupported(language))
            errors.Add(new(file.Path, lang.Line, $"Language '{language}' is not one of {string.Join(", ", SiteLanguages.All)}."));
        else if (language != expected)
            errors.Add(new(file.Path, lang.Line, $"Language '{language}' does not match the file name, which says '{expected}'."));

        var order = 0;
        if (values.TryGetValue("order", out var o) && !int.TryParse(o.Value, CultureInfo.InvariantCulture, out order))
            errors.Add(new(file.Path, o.Line, $"'order' must be a whole number, not '{o.Value}'."));

        var updated = DateOnly.MinValue;
        if (values.TryGetValue("updated", out var u) &&
            !DateOnly.TryParseExact(u.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out updated))
            errors.Add(new(file.Path, u.Line, $"'updated' must be a date written YYYY-MM-DD, not '{u.Value}'."));

        var section = values.TryGetValue("section", out var s) && s.Value.Length > 0 ? s.Value : null;
        var summary = values.TryGetValue("summary", out var sum) ? sum.Value : "";

        if (errors.Count > 0) return (null, body, bodyLine, errors);
        return (new FrontMatter(title, slug, summary, section, order, updated, language), body, bodyLine, errors);
    }

    /// <summary>The language a file name declares: <c>page.es.md</c> is Spanish, <c>page.md</c> the default.</summary>
    public static string LanguageOfFileName(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? SiteLanguages.Default : name[(dot + 1)..];
    }

    /// <summary>The line a front matter key's value is on, for errors found after parsing (1 when absent).</summary>
    public static int LineOf(ContentFile file, string key)
    {
        var lines = file.Text.Replace("\r\n", "\n").Split('\n');
        var index = Array.FindIndex(lines, 1, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }

    static (FrontMatter?, string, int, IReadOnlyList<ContentError>) Fail(ContentFile file, int line, string message) =>
        (null, "", 1, [new ContentError(file.Path, line, message)]);
}
