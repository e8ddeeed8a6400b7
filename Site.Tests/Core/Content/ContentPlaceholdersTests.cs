using CommunityVoice.Core.Content;

namespace CommunityVoice.Tests.Core.Content;

public class ContentPlaceholdersTests
{
    readonly ContentPlaceholders placeholders = new(new Dictionary<string, string> { ["privacy.retainContactDays"] = "730", ["odd"] = "<b>" });

    [Fact]
    public void AKnownPlaceholderIsReplacedByItsValueWithOrWithoutSpaces()
    {
        Assert.Equal("<p>Kept <strong>730 days</strong>, 730.</p>", placeholders.Apply("<p>Kept <strong>{{privacy.retainContactDays}} days</strong>, {{ privacy.retainContactDays }}.</p>"));
    }

    [Fact]
    public void AnUnknownPlaceholderStaysAsWrittenAndValuesAreHtmlEncoded()
    {
        Assert.Equal("{{privacy.retainContactDay}} &lt;b&gt;", placeholders.Apply("{{privacy.retainContactDay}} {{odd}}"));
        Assert.Equal("no braces here", placeholders.Apply("no braces here"));
    }

    [Fact]
    public void EveryPlaceholderInTheContentIsOneTheSiteFillsIn()
    {
        var known = CommunityVoice.Site.Hosting.PrivacyServiceExtensions.Placeholders(new CommunityVoice.Core.Privacy.PrivacyOptions()).Keys;
        var used = Directory.EnumerateFiles(Path.Combine(Support.Repo.Root, "content", "pages"), "*.md")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\{\{\s*([^}\s]+)\s*\}\}").Select(m => (File: Path.GetFileName(f), Name: m.Groups[1].Value)))
            .ToList();
        Assert.Contains(used, u => u.File == "privacy.md");
        Assert.All(used, u => Assert.True(known.Contains(u.Name), $"{u.File}: unknown placeholder {{{{{u.Name}}}}}"));
    }
}
