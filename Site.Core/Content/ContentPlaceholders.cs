using System.Net;
using System.Text.RegularExpressions;

namespace CommunityVoice.Core.Content;

/// <summary>
/// Values from configuration that content pages may show, written <c>{{name}}</c> in the Markdown (for example
/// <c>{{privacy.retainContactDays}}</c>) and filled in when the page is shown. Only the names given here are
/// replaced; any other <c>{{...}}</c> stays as written, so a typo is visible on the page rather than blank.
/// </summary>
public sealed partial class ContentPlaceholders(IReadOnlyDictionary<string, string> values)
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9.]*)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The rendered HTML with each known placeholder replaced by its value, HTML-encoded.</summary>
    public string Apply(string html) => html.Contains("{{", StringComparison.Ordinal)
        ? Placeholder().Replace(html, m => values.TryGetValue(m.Groups[1].Value, out var value) ? WebUtility.HtmlEncode(value) : m.Value)
        : html;
}
