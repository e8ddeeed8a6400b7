using System.Globalization;
using System.Text;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// Short cluster labels by class-based TF-IDF: a word weighs by how often it appears in the cluster's texts
/// against how often it appears in all clusters, so a label names what sets a cluster apart rather than what
/// every submission says ("data", "county").
/// </summary>
public static class ClusterLabels
{
    /// <summary>The <paramref name="count"/> most distinctive words of each cluster, in their most common written form.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Top(IReadOnlyList<IReadOnlyList<string>> textsByCluster, int count = 4)
    {
        var termCounts = textsByCluster.Select(texts =>
        {
            var counts = new Dictionary<string, int>();
            foreach (var text in texts)
                foreach (var word in Words(text))
                    counts[word.Key] = counts.GetValueOrDefault(word.Key) + 1;
            return counts;
        }).ToList();

        var surface = new Dictionary<string, Dictionary<string, int>>();
        foreach (var texts in textsByCluster)
            foreach (var text in texts)
                foreach (var word in Words(text))
                {
                    if (!surface.TryGetValue(word.Key, out var forms)) surface[word.Key] = forms = [];
                    forms[word.Surface] = forms.GetValueOrDefault(word.Surface) + 1;
                }

        var total = new Dictionary<string, int>();
        foreach (var counts in termCounts)
            foreach (var (term, n) in counts)
                total[term] = total.GetValueOrDefault(term) + n;
        var averageWords = termCounts.Count == 0 ? 1 : Math.Max(1, termCounts.Average(c => c.Values.Sum()));

        return termCounts.Select(counts =>
        {
            var words = Math.Max(1, counts.Values.Sum());
            return (IReadOnlyList<string>)counts
                .Where(x => x.Value >= 2 || counts.Count < 8)
                .Select(x => (term: x.Key, weight: (double)x.Value / words * Math.Log(1 + averageWords / total[x.Key])))
                .OrderByDescending(x => x.weight).ThenBy(x => x.term, StringComparer.Ordinal)
                .Take(count)
                .Select(x => surface[x.term].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key)
                .ToList();
        }).ToList();
    }

    /// <summary>Words of a text: lower case, without stop words, numbers or very short words; a plural "s" joins its singular.</summary>
    public static IEnumerable<(string Key, string Surface)> Words(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetter(c) || (c == '\'' && current.Length > 0)) { current.Append(char.ToLower(c, CultureInfo.InvariantCulture)); continue; }
            if (current.Length == 0) continue;
            var word = current.ToString().TrimEnd('\'');
            current.Clear();
            if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            if (word.Length < 3 || StopWords.Contains(word)) continue;
            var key = Accents.Remove(word);
            if (key.Length > 4 && key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal)) key = key[..^1];
            yield return (key, word);
        }
    }
}
