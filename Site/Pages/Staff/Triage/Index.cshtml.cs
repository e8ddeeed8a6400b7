using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Clustering;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Triage;

/// <summary>The triage board: clusters of published submissions, ranked, with the latest run's progress.</summary>
public sealed class IndexModel(CommunityVoiceDbContext db, TriageBoard board, RunClustering runs, ClusteringOptions options, VectorStore vectors,
    EmbeddingWorker embedding, IAuthorizationService authorization) : StaffPageModel(authorization)
{
    public const int MaxK = 50;

    public Board Board { get; private set; } = null!;
    public ClusteringRun? Latest { get; private set; }
    public int Published { get; private set; }
    public int WithVectors { get; private set; }
    public string? EmbeddingProblem => embedding.Problem;
    public ClusteringOptions Options => options;
    public bool InProgress => Latest?.Status is RunStatus.Queued or RunStatus.Running;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRolesAsync();
        Board = await board.LoadAsync(cancellationToken);
        Latest = await db.ClusteringRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var published = await db.Submissions.Where(s => s.Status == SubmissionStatus.Published && s.DuplicateOf == null).Select(s => s.Id).ToListAsync(cancellationToken);
        Published = published.Count;
        if (options.Featurizer == Featurizer.MiniLm)
        {
            await vectors.EnsureLoadedAsync(cancellationToken);
            WithVectors = published.Count(id => vectors.TryGet(id, out _));
        }
    }

    /// <summary>The progress of a run, for the page's script (the page itself works without it).</summary>
    public async Task<IActionResult> OnGetProgressAsync(long id, CancellationToken cancellationToken)
    {
        var run = await db.ClusteringRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? NotFound() : new JsonResult(new { status = run.Status.ToString(), progress = run.Progress, stage = run.Stage });
    }

    public Task<IActionResult> OnPostRunAsync(string? k, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, async () =>
        {
            int? fixedK = null;
            if (!string.IsNullOrWhiteSpace(k) && k != "auto")
            {
                if (!int.TryParse(k, out var parsed) || parsed is < 1 or > MaxK)
                    return ModerationResult.Invalid($"The number of clusters must be a whole number from 1 to {MaxK}, or automatic.");
                fixedK = parsed;
            }
            await runs.QueueAsync(Actor, options.Featurizer, options.Settings(fixedK), cancellationToken);
            return ModerationResult.Done;
        }, "The clustering run has started. This page follows its progress.");
}
