using System.Globalization;
using System.Text;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// The sentence model reads English only, and on Spanish text it clusters by sentence shape ("¿cuántos…?").
/// So a Spanish text is turned into a rough English word list before it is embedded: stop words are dropped
/// and each word is looked up in <c>glossary.es-en.tsv</c> (about 3,300 forms of civic vocabulary); words not
/// found are kept. A text counts as Spanish when it came in through the Spanish site or, whatever the form,
/// when it has more Spanish than English stop words.
/// </summary>
public static class SpanishGloss
{
    static readonly Lazy<Dictionary<string, string>> Glossary = new(Load);

    static readonly HashSet<string> SpanishMarkers = new(
        "el la los las un una unos unas y o de del al en por para con sin que qué como cómo cuando cuándo donde dónde es son se su sus mi mis nos nuestro nuestra lo le les hay más muy pero también está están".Split(' '));

    static readonly HashSet<string> EnglishMarkers = new(
        "the a an and or of in on for with without that what how when where is are be was were it its this these they their our we you your there have has to from by not".Split(' '));

    public static int Entries => Glossary.Value.Count;

    public static bool IsSpanish(string text, string? language)
    {
        var words = Words(text).ToList();
        var spanish = words.Count(SpanishMarkers.Contains);
        var english = words.Count(EnglishMarkers.Contains);
        return language == "es" ? spanish >= english : spanish > english && spanish >= 2;
    }

    /// <summary>The text itself when it is English; its English gloss when it is Spanish.</summary>
    public static string ToEnglishWords(string text, string? language)
    {
        if (!IsSpanish(text, language)) return text;
        var glossary = Glossary.Value;
        var gloss = new List<string>();
        foreach (var word in Words(text))
        {
            if (SpanishMarkers.Contains(word) || StopWords.Contains(word)) continue;
            if (glossary.TryGetValue(word, out var english) || glossary.TryGetValue(Accents.Remove(word), out english)) gloss.Add(english);
            else if (word.Length > 1) gloss.Add(word);
        }
        return gloss.Count == 0 ? text : string.Join(' ', gloss);
    }

    static IEnumerable<string> Words(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { current.Append(char.ToLowerInvariant(c)); continue; }
            if (current.Length == 0) continue;
            yield return current.ToString();
            current.Clear();
        }
    }

    static Dictionary<string, string> Load()
    {
        using var stream = typeof(SpanishGloss).Assembly.GetManifestResourceStream("CommunityVoice.Core.Clustering.glossary.es-en.tsv")
            ?? throw new InvalidOperationException("The Spanish glossary is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var glossary = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var spanish = line[..tab].Trim().Normalize(NormalizationForm.FormC);
            glossary.TryAdd(spanish, line[(tab + 1)..].Trim());
            glossary.TryAdd(Accents.Remove(spanish), line[(tab + 1)..].Trim());
        }
        return glossary;
    }
}
