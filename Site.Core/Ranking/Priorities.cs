using System.Text.RegularExpressions;
using CommunityVoice.Core.Clustering;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CommunityVoice.Core.Ranking;

/// <summary>One of the administration's priorities, with the words that show a submission is about it.</summary>
public sealed record Priority(string Id, IReadOnlyDictionary<string, string> Title, IReadOnlyList<string> Words)
{
    public string TitleIn(string language) => Title.GetValueOrDefault(language) ?? Title.GetValueOrDefault("en") ?? Id;
}

/// <summary>The priorities of <c>content/ranking/priorities.yml</c>, and which of them a text is about.</summary>
public sealed class Priorities
{
    readonly List<(Priority Priority, Regex Pattern)> patterns;

    public Priorities(IReadOnlyList<Priority> all)
    {
        All = all;
        patterns = all.Where(p => p.Words.Count > 0).Select(p => (p, new Regex(
            @"\b(?:" + string.Join('|', p.Words.Select(w => w.EndsWith('*') ? Regex.Escape(Accents.Remove(w[..^1])) + @"\w*" : Regex.Escape(Accents.Remove(w)))) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)))).ToList();
    }

    public IReadOnlyList<Priority> All { get; }

    /// <summary>A priority's title in the language, or the id itself when no priority has it.</summary>
    public string TitleOf(string id, string language) => All.FirstOrDefault(p => p.Id == id)?.TitleIn(language) ?? id;

    /// <summary>The ids of the priorities whose words appear in the text.</summary>
    public IReadOnlyList<string> Match(string text)
    {
        var folded = Accents.Remove(text).ToLowerInvariant();
        return patterns.Where(p => p.Pattern.IsMatch(folded)).Select(p => p.Priority.Id).ToList();
    }

    public static Priorities Parse(string yaml)
    {
        var rows = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<List<Row>?>(yaml) ?? [];
        return new Priorities(rows.Where(r => !string.IsNullOrWhiteSpace(r.Id))
            .Select(r => new Priority(r.Id!, r.Title ?? new Dictionary<string, string>(), r.Words ?? [])).ToList());
    }

    sealed class Row
    {
        public string? Id { get; set; }
        public Dictionary<string, string>? Title { get; set; }
        public List<string>? Words { get; set; }
    }
}
