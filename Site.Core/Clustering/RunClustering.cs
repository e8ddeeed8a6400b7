using System.Diagnostics;
using System.Text.Json;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Core.Clustering;

/// <summary>Which featurizer runs use: stored MiniLM vectors, or TF-IDF computed at run time.</summary>
public enum Featurizer { MiniLm, Tfidf }

/// <summary>
/// Clustering runs: queue one (at most one waits or runs at a time), and carry one out: load the published
/// submissions with their stored vectors, run <see cref="ClusteringEngine"/> with its progress written to the
/// run, then store the clusters. A failed run is recorded with its reason and the previous clusters stay.
/// </summary>
public sealed class RunClustering(IServiceScopeFactory scopes, VectorStore store, TimeProvider clock)
{
    static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(400);

    /// <summary>Queues a run, or returns the one already waiting or running.</summary>
    public async Task<long> QueueAsync(string actor, Featurizer featurizer, ClusteringSettings settings, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var pending = await db.ClusteringRuns.Where(r => r.Status == RunStatus.Queued || r.Status == RunStatus.Running)
            .OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (pending is { } existing) return existing;
        var run = new ClusteringRun
        {
            Status = RunStatus.Queued, RequestedBy = actor, RequestedAt = clock.GetUtcNow(), Seed = settings.Seed,
            Featurizer = featurizer == Featurizer.Tfidf ? TfidfFeaturizer.Name : store.Model,
            Settings = JsonSerializer.Serialize(settings),
        };
        db.ClusteringRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    public async Task ExecuteAsync(long runId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var run = await db.ClusteringRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.Status is RunStatus.Succeeded or RunStatus.Failed) return;
        var clockwatch = Stopwatch.StartNew();
        run.Status = RunStatus.Running;
        run.StartedAt = clock.GetUtcNow();
        run.Stage = "loading submissions";
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            var settings = JsonSerializer.Deserialize<ClusteringSettings>(run.Settings) ?? new();
            var points = await LoadPointsAsync(db, run.Featurizer, cancellationToken);
            run.SubmissionCount = points.Points.Count;
            run.Note = points.Waiting > 0 ? $"{points.Waiting} published submissions were still waiting for their vectors and are not in this run." : null;
            var progress = new RunProgress(scopes, run.Id);
            var outcome = await Task.Run(() => ClusteringEngine.Run(points.Points, settings, progress, cancellationToken), cancellationToken);

            db.RunClusters.AddRange(outcome.Clusters.Select(c => new RunCluster { RunId = run.Id, Number = c.Number, Terms = string.Join(" · ", c.Terms) }));
            db.RunMembers.AddRange(outcome.Clusters.SelectMany(c => c.Members.Select(m =>
                new RunMember { RunId = run.Id, SubmissionId = m.Id, Number = c.Number, Similarity = m.Similarity })));
            run.K = outcome.K;
            run.KChoice = outcome.KChoice;
            run.Seed = outcome.Seed;
            run.Silhouette = outcome.Silhouette;
            run.DaviesBouldin = outcome.DaviesBouldin;
            Finish(run, RunStatus.Succeeded, null, clockwatch);
        }
        catch (Exception ex) when (ex is ClusteringException or EmbedderUnavailableException)
        {
            Finish(run, RunStatus.Failed, ex.Message, clockwatch);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Finish(run, RunStatus.Failed, $"The run stopped on an unexpected error ({ex.GetType().Name}: {ex.Message}).", clockwatch);
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }

    void Finish(ClusteringRun run, RunStatus status, string? error, Stopwatch clockwatch)
    {
        run.Status = status;
        run.Error = error is { Length: > 1000 } ? error[..1000] : error;
        run.FinishedAt = clock.GetUtcNow();
        run.DurationMs = clockwatch.ElapsedMilliseconds;
        run.Progress = 1;
        run.Stage = status == RunStatus.Succeeded ? "done" : "failed";
    }

    /// <summary>Runs left Running by a stopped site cannot finish: mark them failed so a new one can start.</summary>
    public async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var now = clock.GetUtcNow();
        await db.ClusteringRuns.Where(r => r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RunStatus.Failed)
                .SetProperty(r => r.Error, "The site stopped while the run was going; start it again.")
                .SetProperty(r => r.FinishedAt, now), cancellationToken);
    }

    /// <summary>The next queued run, if any.</summary>
    public async Task<long?> NextQueuedAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        return await db.ClusteringRuns.Where(r => r.Status == RunStatus.Queued).OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    async Task<(List<ClusterPoint> Points, int Waiting)> LoadPointsAsync(CommunityVoiceDbContext db, string featurizer, CancellationToken cancellationToken)
    {
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Published && s.DuplicateOf == null)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Language, s.PublicTitle, s.PublicBody })
            .ToListAsync(cancellationToken);
        var texts = rows.Select(r => r.PublicTitle + ". " + r.PublicBody).ToList();

        if (featurizer == TfidfFeaturizer.Name)
        {
            var features = TfidfFeaturizer.Featurize(rows.Select(r => EmbedSubmissions.TextOf(r.Language, r.PublicTitle, r.PublicBody)).ToList());
            return (rows.Select((r, i) => new ClusterPoint(r.Id, texts[i], features[i])).ToList(), 0);
        }

        await store.EnsureLoadedAsync(cancellationToken);
        var links = await db.Vectors.AsNoTracking().Where(v => v.Model == featurizer && v.NearDuplicateOf != null)
            .Select(v => new { v.SubmissionId, v.NearDuplicateOf }).ToDictionaryAsync(v => v.SubmissionId, v => v.NearDuplicateOf, cancellationToken);
        var points = new List<ClusterPoint>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
            if (store.TryGet(rows[i].Id, out var vector))
                points.Add(new ClusterPoint(rows[i].Id, texts[i], vector, links.GetValueOrDefault(rows[i].Id)));
        if (points.Count == 0 && rows.Count > 0)
            throw new ClusteringException($"None of the {rows.Count} published submissions has its vector yet; the background worker is still embedding them. Try again in a minute.");
        return (points, rows.Count - points.Count);
    }

    /// <summary>Writes the engine's progress to the run row, at most every 400 ms.</summary>
    sealed class RunProgress(IServiceScopeFactory scopes, long runId) : IProgress<(double Fraction, string Stage)>
    {
        readonly Stopwatch since = Stopwatch.StartNew();

        public void Report((double Fraction, string Stage) value)
        {
            if (since.Elapsed < ProgressInterval && value.Fraction < 1) return;
            since.Restart();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
            var stage = value.Stage.Length > 200 ? value.Stage[..200] : value.Stage;
            db.ClusteringRuns.Where(r => r.Id == runId)
                .ExecuteUpdate(u => u.SetProperty(r => r.Progress, Math.Round(value.Fraction, 3)).SetProperty(r => r.Stage, stage));
        }
    }
}
