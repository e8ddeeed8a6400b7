using System.Globalization;
using System.Text;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// "Someone asked this already": published submissions whose words overlap most with a draft title, by
/// weighted word overlap (rarer words count more). Keeps an in-memory index of published titles. Requests
/// only read it: a publish here (or an index older than <see cref="MaxAge"/>, for changes made by other
/// nodes) starts a rebuild in the background, at most one at a time and at most every two seconds, while
/// requests keep answering from the previous index. Only the very first request waits for a build.
/// When sentence vectors are in use (<see cref="VectorStore"/> given), a published submission that has its
/// stored vector is scored by the cosine similarity of that vector with the draft's, so "radioactive drinking
/// water" finds "uranium in wells"; the ones still waiting for a vector are scored by word overlap, and so is
/// everything when all cores are busy embedding other drafts.
/// </summary>
public sealed class SimilarSubmissions(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SimilarSubmissions> logger,
    VectorStore? vectors = null, ITextEmbedder? embedder = null)
{
    /// <summary>
    /// Cosine similarity between a typed title and a stored submission from which it is suggested. Chosen on probe
    /// titles against short submissions: related ones scored 0.33–0.63, unrelated ones up to 0.42.
    /// </summary>
    public const double VectorThreshold = 0.45;

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    public const int Limit = 5;
    const double Threshold = 0.25;

    static readonly HashSet<string> StopWords = new(
        ("a an and are as at be by can could do does for from has have how i if in into is it its me my no not of on or our should so " +
         "than that the their them there these they this to was we what when where which who why will with would you your about more many " +
         "el la los las un una unos unas y o de del al en por para con sin que qué como cómo cuando cuándo donde dónde es son se su sus " +
         "mi mis yo nos nuestro nuestra lo le les hay más muy ya si sí no").Split(' '));

    static readonly TimeSpan MinRebuildInterval = TimeSpan.FromSeconds(2);
    volatile Index? index;
    int stale;             // 1 when the index misses a change made here
    int rebuildScheduled;  // 1 while a background rebuild is waiting or running
    readonly SemaphoreSlim building = new(1, 1);
    readonly SemaphoreSlim embedding = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Something was published or withdrawn here: rebuild in the background soon.</summary>
    public void Invalidate()
    {
        Volatile.Write(ref stale, 1);
        ScheduleRebuild();
    }

    /// <summary>The background rebuild currently waiting or running, if any (tests wait for it).</summary>
    internal Task Rebuilding { get; private set; } = Task.CompletedTask;

    /// <param name="language">The reader's language: a Spanish draft is glossed into English words before it is embedded, as stored submissions are.</param>
    public async Task<IReadOnlyList<SimilarSubmission>> FindAsync(string? text, CancellationToken cancellationToken, string? language = null)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        var current = index;
        if (current is null) current = await BuildAsync(cancellationToken);
        else if (clock.GetUtcNow() - current.BuiltAt >= MaxAge) ScheduleRebuild();

        var byVector = VectorScores(current, SpanishGloss.ToEnglishWords(text!, language));

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
        // Weighted Jaccard: shared weight over the weight of all words in either text, for those without a vector.
        return shared
            .Where(x => byVector is null || current.Entries[x.Key].Vector is null)
            .Select(x => (entry: current.Entries[x.Key], score: x.Value / (queryWeight + current.Entries[x.Key].Weight - x.Value)))
            .Where(x => x.score >= Threshold)
            .Concat(byVector ?? [])
            .OrderByDescending(x => x.score).ThenByDescending(x => x.entry.PublishedAt)
            .Take(Limit)
            .Select(x => new SimilarSubmission(x.entry.Id, x.entry.Title, Math.Round(x.score, 3)))
            .ToList();
    }

    /// <summary>Cosine scores of the entries that have a vector, or null when vectors are not in use or the model failed.</summary>
    List<(Entry entry, double score)>? VectorScores(Index current, string text)
    {
        if (embedder is null || !current.HasVectors) return null;
        // Embedding a draft costs a core for about 5 ms. When every core is already embedding one, this request is
        // answered by word overlap instead of queueing behind them, so suggestions stay quick under load.
        if (!embedding.Wait(0)) return null;
        float[] query;
        try
        {
            query = embedder.Embed([text], CancellationToken.None)[0];
        }
        catch (EmbedderUnavailableException)
        {
            return null;
        }
        finally
        {
            embedding.Release();
        }
        var found = new List<(Entry, double)>();
        foreach (var entry in current.Entries)
            if (entry.Vector is { } v && VectorMath.Dot(query, v) is var score && score >= VectorThreshold)
                found.Add((entry, score));
        return found;
    }

    void ScheduleRebuild()
    {
        if (Interlocked.CompareExchange(ref rebuildScheduled, 1, 0) != 0) return;
        Rebuilding = Task.Run(async () =>
        {
            try
            {
                var sinceLast = clock.GetUtcNow() - (index?.BuiltAt ?? DateTimeOffset.MinValue);
                if (sinceLast < MinRebuildInterval) await Task.Delay(MinRebuildInterval - sinceLast);
                await BuildAsync(CancellationToken.None);
            }
            catch (ObjectDisposedException)
            {
                return; // the site is stopping
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Rebuilding the similar-submissions index failed; the previous index stays in use");
            }
            finally
            {
                Volatile.Write(ref rebuildScheduled, 0);
            }
            if (Volatile.Read(ref stale) == 1) ScheduleRebuild(); // changed while we were building
        });
    }

    async Task<Index> BuildAsync(CancellationToken cancellationToken)
    {
        var before = index;
        await building.WaitAsync(cancellationToken);
        try
        {
            // Someone else built while we waited (the first requests arrive together).
            if (index is { } fresh && fresh != before && Volatile.Read(ref stale) == 0) return fresh;
            Volatile.Write(ref stale, 0);
            var now = clock.GetUtcNow();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
            var rows = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published && s.DuplicateOf == null)
                .Select(s => new { s.Id, s.PublicTitle, s.PublishedAt }).ToListAsync(cancellationToken);
            if (vectors is not null) await vectors.EnsureLoadedAsync(cancellationToken);
            var built = Index.Build(rows.Select(r => (r.Id, r.PublicTitle, r.PublishedAt ?? now,
                vectors is not null && vectors.TryGet(r.Id, out var v) ? v : null)).ToList(), now);
            index = built;
            return built;
        }
        finally
        {
            building.Release();
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

    sealed record Entry(Guid Id, string Title, DateTimeOffset PublishedAt, double Weight, float[]? Vector);

    /// <summary>Published titles with an inverted index (word → titles); rarer words weigh more.</summary>
    sealed record Index(IReadOnlyList<Entry> Entries, IReadOnlyDictionary<string, List<int>> Postings, DateTimeOffset BuiltAt)
    {
        public bool HasVectors { get; } = Entries.Any(e => e.Vector is not null);

        public double Weight(string word) => Weight(word, Postings, Entries.Count);

        static double Weight(string word, IReadOnlyDictionary<string, List<int>> postings, int count) =>
            Math.Log(1 + (count + 1.0) / (1 + (postings.TryGetValue(word, out var list) ? list.Count : 0)));

        public static Index Build(IReadOnlyList<(Guid Id, string Title, DateTimeOffset PublishedAt, float[]? Vector)> rows, DateTimeOffset now)
        {
            var words = rows.Select(r => Words(r.Title)).ToList();
            var postings = new Dictionary<string, List<int>>();
            for (var i = 0; i < words.Count; i++)
                foreach (var word in words[i])
                {
                    if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
                    list.Add(i);
                }
            var entries = rows.Select((r, i) => new Entry(r.Id, r.Title, r.PublishedAt, words[i].Sum(w => Weight(w, postings, rows.Count)), r.Vector)).ToList();
            return new Index(entries, postings, now);
        }
    }
}

/// <summary>A published submission that looks like what a resident is writing.</summary>
public sealed record SimilarSubmission(Guid Id, string Title, double Score);
