using System.Text.RegularExpressions;
using System.Xml.Linq;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Localization;

public sealed partial class InterfaceTranslationTests
{
    // T["..."] in views, t["..."] in the helpers that take a localizer.
    [GeneratedRegex("""\b[tT]\["((?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex LocalizedString();

    [Fact]
    public void EveryInterfaceStringOfThePublicSiteHasASpanishTranslation()
    {
        var spanish = XDocument.Load(Path.Combine(Repo.Root, "Site", "Resources", "SharedResource.es.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));
        var site = Path.Combine(Repo.Root, "Site");
        var used = Directory.EnumerateFiles(site, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => LocalizedString().Matches(File.ReadAllText(f)).Select(m => (Key: m.Groups[1].Value.Replace("\\\"", "\""), File: Path.GetRelativePath(Repo.Root, f))))
            .ToList();

        Assert.True(used.Count > 100, "the scan should find the site's interface strings");
        var missing = used.Where(u => string.IsNullOrWhiteSpace(spanish.GetValueOrDefault(u.Key))).Select(u => $"{u.File}: \"{u.Key}\"").Distinct().ToList();
        Assert.True(missing.Count == 0, "No Spanish in Site/Resources/SharedResource.es.resx for:\n" + string.Join("\n", missing));
    }
}
