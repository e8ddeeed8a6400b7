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

    Index? index;
    readonly Lock gate = new();

    public void Invalidate() { lock (gate) index = null; }

    public async Task<IReadOnlyList<SimilarSubmission>> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        var current = await CurrentAsync(cancellationToken);
        return current.Entries
            .Select(e => (e, score: Score(words, e.Words, current)))
            .Where(x => x.score >= Threshold)
            .OrderByDescending(x => x.score).ThenByDescending(x => x.e.PublishedAt)
            .Take(Limit)
            .Select(x => new SimilarSubmission(x.e.Id, x.e.Title, Math.Round(x.score, 3)))
            .ToList();
    }

    async Task<Index> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existing = index;
        if (existing is not null && now - existing.BuiltAt < MaxAge) return existing;

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var rows = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published)
            .Select(s => new { s.Id, s.PublicTitle, s.PublishedAt }).ToListAsync(cancellationToken);
        var entries = rows.Select(r => new Entry(r.Id, r.PublicTitle, r.PublishedAt ?? now, Words(r.PublicTitle))).ToList();
        var documentFrequency = entries.SelectMany(e => e.Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var built = new Index(entries, documentFrequency, now);
        lock (gate) index = built;
        return built;
    }

    static double Score(HashSet<string> query, HashSet<string> candidate, Index index)
    {
        double shared = 0, total = 0;
        foreach (var word in query.Union(candidate))
        {
            var weight = Math.Log(1 + (index.Entries.Count + 1.0) / (1 + index.DocumentFrequency.GetValueOrDefault(word)));
            total += weight;
            if (query.Contains(word) && candidate.Contains(word)) shared += weight;
        }
        return total == 0 ? 0 : shared / total;
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

    sealed record Entry(Guid Id, string Title, DateTimeOffset PublishedAt, HashSet<string> Words);

    sealed record Index(IReadOnlyList<Entry> Entries, IReadOnlyDictionary<string, int> DocumentFrequency, DateTimeOffset BuiltAt);
}

/// <summary>A published submission that looks like what a resident is writing.</summary>
public sealed record SimilarSubmission(Guid Id, string Title, double Score);
