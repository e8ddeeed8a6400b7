using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// What staff decide on the triage board. Cluster decisions are recorded (and re-applied on every later run);
/// merging near-duplicates changes the submissions themselves. Every action is audited with who and when.
/// </summary>
public sealed class TriageActions(CommunityVoiceDbContext db, TriageBoard board, SimilarSubmissions similar, TimeProvider clock)
{
    public const int NameMax = 120, ReasonMax = 1000;
    static readonly ModerationResult NoCluster = ModerationResult.Invalid("That cluster is no longer on the board; reload the page.");

    public async Task<ModerationResult> RenameAsync(string? key, string? name, string actor, CancellationToken cancellationToken)
    {
        var text = SubmissionInput.Clean(name);
        if (text.Length > NameMax) return ModerationResult.Invalid($"Keep the name to {NameMax} characters or fewer.");
        if (await FindAsync(key, cancellationToken) is not { } cluster) return NoCluster;
        return await DecideAsync(new TriageDecision { Kind = DecisionKind.Rename, Anchors = Anchors(cluster), Name = text.Length == 0 ? null : text, Actor = actor },
            text.Length == 0 ? $"cleared the name of {cluster.Label}" : $"named {cluster.Label} \"{text}\"", cancellationToken);
    }

    public async Task<ModerationResult> RubricAsync(string? key, Rubric rubric, string actor, CancellationToken cancellationToken)
    {
        if (rubric.Problem() is { } problem) return ModerationResult.Invalid(problem);
        if (await FindAsync(key, cancellationToken) is not { } cluster) return NoCluster;
        return await DecideAsync(new TriageDecision
        {
            Kind = DecisionKind.Rubric, Anchors = Anchors(cluster), Actor = actor,
            Feasibility = rubric.Feasibility, DataAvailability = rubric.DataAvailability, PrivacyRisk = rubric.PrivacyRisk,
        }, $"rubric of {cluster.Title}: feasibility {rubric.Feasibility}, data {rubric.DataAvailability}, risk {rubric.PrivacyRisk}", cancellationToken);
    }

    public async Task<ModerationResult> MoveAsync(Guid submissionId, string? targetKey, string actor, CancellationToken cancellationToken)
    {
        var current = await board.LoadAsync(cancellationToken);
        if (current.Find(targetKey) is not { } target) return NoCluster;
        if (target.Members.Any(m => m.Id == submissionId)) return ModerationResult.Invalid("It is already in that cluster.");
        if (!await db.Submissions.AnyAsync(s => s.Id == submissionId && s.Status == SubmissionStatus.Published, cancellationToken))
            return ModerationResult.NotFound;
        return await DecideAsync(new TriageDecision { Kind = DecisionKind.Move, Anchors = Anchors(target), SubmissionId = submissionId, Actor = actor },
            $"moved {submissionId} to {target.Title}", cancellationToken);
    }

    public async Task<ModerationResult> MergeClustersAsync(string? key, string? otherKey, string actor, CancellationToken cancellationToken)
    {
        var current = await board.LoadAsync(cancellationToken);
        if (current.Find(key) is not { } first || current.Find(otherKey) is not { } second) return NoCluster;
        if (first == second) return ModerationResult.Invalid("Choose two different clusters to merge.");
        return await DecideAsync(new TriageDecision { Kind = DecisionKind.Merge, Anchors = Anchors(first), OtherAnchors = Anchors(second), Actor = actor },
            $"merged {second.Title} into {first.Title}", cancellationToken);
    }

    public async Task<ModerationResult> SplitAsync(string? key, IReadOnlyCollection<Guid> submissionIds, string? name, string actor, CancellationToken cancellationToken)
    {
        var text = SubmissionInput.Clean(name);
        if (text.Length > NameMax) return ModerationResult.Invalid($"Keep the name to {NameMax} characters or fewer.");
        if (await FindAsync(key, cancellationToken) is not { } cluster) return NoCluster;
        var chosen = cluster.Members.Where(m => submissionIds.Contains(m.Id)).Select(m => m.Id).ToList();
        if (chosen.Count == 0) return ModerationResult.Invalid("Tick the submissions that should form the new cluster.");
        if (chosen.Count == cluster.Members.Count) return ModerationResult.Invalid("Leave at least one submission in the cluster; to rename it, use its name instead.");
        if (chosen.Count > TriageDecision.MaxAnchors) return ModerationResult.Invalid($"Split off at most {TriageDecision.MaxAnchors} submissions at a time.");
        return await DecideAsync(new TriageDecision { Kind = DecisionKind.Split, Anchors = TriageDecision.Join(chosen), Name = text.Length == 0 ? null : text, Actor = actor },
            $"split {chosen.Count} submissions off {cluster.Title}", cancellationToken);
    }

    /// <summary>
    /// Merges near-duplicates into one submission: each duplicate links to the primary, its supporters move to
    /// the primary (each person counted once), and submissions merged into a duplicate follow it.
    /// </summary>
    public async Task<ModerationResult> MergeDuplicatesAsync(Guid primaryId, IReadOnlyCollection<Guid> duplicateIds, string actor, CancellationToken cancellationToken)
    {
        var ids = duplicateIds.Where(id => id != primaryId).Distinct().ToList();
        if (ids.Count == 0) return ModerationResult.Invalid("Tick at least one submission to merge into the one you keep.");
        var primary = await db.Submissions.FirstOrDefaultAsync(s => s.Id == primaryId, cancellationToken);
        var duplicates = await db.Submissions.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        if (primary is null || duplicates.Count != ids.Count) return ModerationResult.NotFound;
        if (primary.Status != SubmissionStatus.Published || primary.DuplicateOf is not null)
            return ModerationResult.Invalid("Keep a published submission that is not itself merged into another.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var primarySupporters = await db.Supports.Where(s => s.SubmissionId == primaryId).Select(s => s.SupporterKey).ToListAsync(cancellationToken);
        var known = primarySupporters.ToHashSet();
        var moved = await db.Supports.Where(s => ids.Contains(s.SubmissionId)).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var support in moved)
        {
            if (known.Add(support.SupporterKey)) support.SubmissionId = primaryId;
            else db.Supports.Remove(support); // the same person already supports the one kept
        }
        foreach (var duplicate in duplicates)
        {
            duplicate.DuplicateOf = primaryId;
            duplicate.SupportCount = 0;
        }
        var followers = await db.Submissions.Where(s => s.DuplicateOf != null && ids.Contains(s.DuplicateOf.Value)).ToListAsync(cancellationToken);
        foreach (var follower in followers) follower.DuplicateOf = primaryId;
        var now = clock.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = "merge", Subject = $"submission/{primaryId}", Detail = "merged " + string.Join(", ", ids), At = now });
        await db.SaveChangesAsync(cancellationToken);
        primary.SupportCount = await db.Supports.CountAsync(s => s.SubmissionId == primaryId && s.ConfirmedAt != null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        similar.Invalidate();
        return ModerationResult.Done;
    }

    public async Task<ModerationResult> ChangeWeightsAsync(RankingWeights weights, string? reason, string actor, CancellationToken cancellationToken)
    {
        if (weights.Problem() is { } problem) return ModerationResult.Invalid(problem);
        var why = SubmissionInput.Clean(reason);
        if (why.Length == 0) return ModerationResult.Invalid("Say why the weights change: the reason is kept with the change.");
        if (why.Length > ReasonMax) return ModerationResult.Invalid($"Keep the reason to {ReasonMax} characters or fewer.");
        var now = clock.GetUtcNow();
        db.RankingWeightChanges.Add(new RankingWeightChange { Weights = weights.ToJson(), Reason = why, Actor = actor, At = now });
        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = "weights", Subject = "ranking", Detail = $"{weights.ToJson()} because: {why}", At = now });
        await db.SaveChangesAsync(cancellationToken);
        return ModerationResult.Done;
    }

    async Task<BoardCluster?> FindAsync(string? key, CancellationToken cancellationToken) => (await board.LoadAsync(cancellationToken)).Find(key);

    static string Anchors(BoardCluster cluster) => TriageDecision.Join(cluster.Members.Select(m => m.Id));

    async Task<ModerationResult> DecideAsync(TriageDecision decision, string detail, CancellationToken cancellationToken)
    {
        decision.At = clock.GetUtcNow();
        db.TriageDecisions.Add(decision);
        db.AuditEntries.Add(new AuditEntry { Actor = decision.Actor, Action = "triage-" + decision.Kind.ToString().ToLowerInvariant(), Subject = "clusters", Detail = detail.Length > 2000 ? detail[..2000] : detail, At = decision.At });
        await db.SaveChangesAsync(cancellationToken);
        return ModerationResult.Done;
    }
}
