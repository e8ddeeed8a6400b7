using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// Gives submissions their vectors, a batch at a time, oldest first (so new ones and a backfill of old ones
/// go the same way): embeds the public (masked) text, links each one to its nearest earlier near-duplicate,
/// and stores both. Called by a background worker, never in a resident's request.
/// </summary>
/// <param name="duplicateThreshold">Cosine similarity from which a submission is linked to an earlier one as a near-duplicate.</param>
/// <param name="background">Where the model runs: the site gives a low-priority thread so requests come first.</param>
public sealed class EmbedSubmissions(CommunityVoiceDbContext db, ITextEmbedder embedder, VectorStore store, SimilarSubmissions similar, TimeProvider clock,
    DuplicateThreshold duplicateThreshold, BackgroundCpu background)
{
    public const int BatchSize = 32;
    readonly double DuplicateThreshold = duplicateThreshold.Value;
    static readonly TimeSpan FullScanInterval = TimeSpan.FromMinutes(5);

    IQueryable<Submission> Pending(string model, DateTimeOffset from) =>
        db.Submissions.AsNoTracking()
            .Where(s => s.CreatedAt >= from && s.Status != SubmissionStatus.Rejected && !db.Vectors.Any(v => v.SubmissionId == s.Id && v.Model == model))
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id);

    /// <returns>How many submissions got a vector (0 when none was waiting).</returns>
    public async Task<int> EmbedNextBatchAsync(CancellationToken cancellationToken)
    {
        await store.EnsureLoadedAsync(cancellationToken);
        var model = embedder.Name;
        // Walk forward from where the last batch ended (an index range, not a scan of the whole table); once the
        // end is reached, start again from the beginning at most every few minutes, for vectors dropped after an edit.
        var now = clock.GetUtcNow();
        var from = store.EmbedCursor;
        var batch = await Pending(model, from).Take(BatchSize).Select(s => new { s.Id, s.Language, s.PublicTitle, s.PublicBody, s.CreatedAt })
            .ToListAsync(cancellationToken);
        if (batch.Count == 0 && from != DateTimeOffset.MinValue && now - store.LastFullScan >= FullScanInterval)
        {
            store.EmbedCursor = DateTimeOffset.MinValue;
            store.LastFullScan = now;
            return 0;
        }
        if (batch.Count == 0) return 0;

        var texts = batch.Select(s => TextOf(s.Language, s.PublicTitle, s.PublicBody)).ToList();
        store.EmbedCursor = batch[^1].CreatedAt;
        var vectors = await Task.Factory.StartNew(() => embedder.Embed(texts, cancellationToken), cancellationToken, TaskCreationOptions.None, background.Scheduler);
        var earlier = store.Snapshot();
        var earlierVectors = earlier.Select(e => e.Value).ToList();
        var added = new List<(Guid Id, float[] Vector)>();
        for (var i = 0; i < batch.Count; i++)
        {
            // Compare with everything stored before, including the earlier ones of this batch.
            var near = NearDuplicates.NearestEarlier(vectors[i], earlierVectors, DuplicateThreshold);
            var nearInBatch = NearDuplicates.NearestEarlier(vectors[i], added.Select(a => a.Vector).ToList(), Math.Max(DuplicateThreshold, near?.Similarity ?? 0));
            (Guid Id, double Similarity)? link = nearInBatch is { } b ? (added[b.Index].Id, b.Similarity)
                : near is { } n ? (earlier[n.Index].Key, n.Similarity) : null;
            db.Vectors.Add(new SubmissionVector
            {
                SubmissionId = batch[i].Id, Model = model, Vector = VectorCodec.ToBytes(vectors[i]), CreatedAt = now,
                NearDuplicateOf = link?.Id, NearDuplicateSimilarity = link is { } l ? Math.Round(l.Similarity, 4) : null,
            });
            added.Add((batch[i].Id, vectors[i]));
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (id, vector) in added) store.Set(id, vector);
        similar.Invalidate();
        return batch.Count;
    }

    /// <summary>The text a submission is embedded from: its public title and text (Spanish is glossed into English words first).</summary>
    public static string TextOf(string language, string title, string body) =>
        SpanishGloss.ToEnglishWords(title + ". " + body, language);
}

/// <summary>Cosine similarity from which a submission counts as a near-duplicate of an earlier one (<c>Clustering:DuplicateThreshold</c>).</summary>
public sealed record DuplicateThreshold(double Value);

/// <summary>The task scheduler for background CPU work (embedding); the default one unless the host gives a better one.</summary>
public sealed record BackgroundCpu(TaskScheduler Scheduler);
