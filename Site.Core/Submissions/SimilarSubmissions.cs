using System.Globalization;
using System.Text;
using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// "Someone asked this already": published submissions whose words overlap most with a draft title, by
/// weighted word overlap (rarer words count more). Keeps an in-memory index of published titles that is
/// rebuilt when something is published here, and at most every <see cref="MaxAge"/> for other nodes.
/// (Sentence embeddings replace this scoring in the clustering issue.)
/// </summary>
public sealed class SimilarSubmissions(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    public const int Limit = 5;
    const double Threshold = 0.25;

    static readonly HashSet<string> StopWords = new(
        ("a an and are as at be by can could do does for from has have how i if in into is it its me my no not of on or our should so " +
         "than that the their them there these they this to was we what when where which who why will with would you your about more many " +
         "el la los las un una unos unas y o de del al en por para con sin que qué como cómo cuando cuándo donde dónde es son se su sus " +
         "mi mis yo nos nuestro nuestra lo le les hay más muy ya si sí no").Split(' '));

    static readonly TimeSpan MinRebuildInterval = TimeSpan.FromSeconds(2);
    Index? index;
    bool stale;
    readonly Lock gate = new();
    readonly SemaphoreSlim rebuilding = new(1, 1);

    /// <summary>Something was published or withdrawn here: rebuild soon (at most every two seconds under a stream of publishing).</summary>
    public void Invalidate() { lock (gate) stale = true; }

    public async Task<IReadOnlyList<SimilarSubmission>> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        var current = await CurrentAsync(cancellationToken);

        // Only submissions sharing at least one word can score above zero: walk the posting lists.
        var shared = new Dictionary<int, double>();
        double queryWeight = 0;
        foreach (var word in words)
        {
            var weight = current.Weight(word);
            queryWeight += weight;
            if (!current.Postings.TryGetValue(word, out var postings)) continue;
            foreach (var entry in postings)
                shared[entry] = shared.GetValueOrDefault(entry) + weight;
        }
        // Weighted Jaccard: shared weight over the weight of all words in either text.
        return shared
            .Select(x => (entry: current.Entries[x.Key], score: x.Value / (queryWeight + current.Entries[x.Key].Weight - x.Value)))
            .Where(x => x.score >= Threshold)
            .OrderByDescending(x => x.score).ThenByDescending(x => x.entry.PublishedAt)
            .Take(Limit)
            .Select(x => new SimilarSubmission(x.entry.Id, x.entry.Title, Math.Round(x.score, 3)))
            .ToList();
    }

    async Task<Index> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Index? existing;
        lock (gate)
        {
            existing = index;
            if (existing is not null && now - existing.BuiltAt < MaxAge && (!stale || now - existing.BuiltAt < MinRebuildInterval))
                return existing;
        }

        // One request rebuilds; the others keep answering from the index they have (if there is one yet).
        if (existing is not null && !await rebuilding.WaitAsync(0, cancellationToken)) return existing;
        if (existing is null) await rebuilding.WaitAsync(cancellationToken);
        try
        {
            lock (gate)
            {
                if (index is { } fresh && fresh != existing && !stale) return fresh;
                stale = false;
            }
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
            var rows = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published)
                .Select(s => new { s.Id, s.PublicTitle, s.PublishedAt }).ToListAsync(cancellationToken);
            var built = Index.Build(rows.Select(r => (r.Id, r.PublicTitle, r.PublishedAt ?? now)).ToList(), now);
            lock (gate) index = built;
            return built;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    /// <summary>Lower-case words without accents, stop words or very short words; a plural "s" is dropped.</summary>
    public static HashSet<string> Words(string? text)
    {
        var words = new HashSet<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        foreach (var word in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(200))
        {
            if (word.Length < 3 || StopWords.Contains(word)) continue;
            words.Add(word.Length > 4 && word.EndsWith('s') ? word[..^1] : word);
        }
        return words;
    }

    sealed record Entry(Guid Id, string Title, DateTimeOffset PublishedAt, double Weight);

    /// <summary>Published titles with an inverted index (word → titles); rarer words weigh more.</summary>
    sealed record Index(IReadOnlyList<Entry> Entries, IReadOnlyDictionary<string, List<int>> Postings, DateTimeOffset BuiltAt)
    {
        public double Weight(string word) => Weight(word, Postings, Entries.Count);

        static double Weight(string word, IReadOnlyDictionary<string, List<int>> postings, int count) =>
            Math.Log(1 + (count + 1.0) / (1 + (postings.TryGetValue(word, out var list) ? list.Count : 0)));

        public static Index Build(IReadOnlyList<(Guid Id, string Title, DateTimeOffset PublishedAt)> rows, DateTimeOffset now)
        {
            var words = rows.Select(r => Words(r.Title)).ToList();
            var postings = new Dictionary<string, List<int>>();
            for (var i = 0; i < words.Count; i++)
                foreach (var word in words[i])
                {
                    if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
                    list.Add(i);
                }
            var entries = rows.Select((r, i) => new Entry(r.Id, r.Title, r.PublishedAt, words[i].Sum(w => Weight(w, postings, rows.Count)))).ToList();
            return new Index(entries, postings, now);
        }
    }
}

/// <summary>A published submission that looks like what a resident is writing.</summary>
public sealed record SimilarSubmission(Guid Id, string Title, double Score);
