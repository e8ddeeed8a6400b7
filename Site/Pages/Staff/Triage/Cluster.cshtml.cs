using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CommunityVoice.Site.Pages.Staff.Triage;

/// <summary>One cluster: its members with their own scores, and what staff can decide about it.</summary>
public sealed class ClusterModel(TriageBoard board, TriageActions actions, ManageBacklog backlog, IAuthorizationService authorization) : StaffPageModel(authorization)
{
    public Board Board { get; private set; } = null!;
    public BoardCluster Cluster { get; private set; } = null!;
    public int Rank { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        await LoadRolesAsync();
        Board = await board.LoadAsync(cancellationToken);
        if (Board.Find(key) is not { } cluster) return NotFound();
        Cluster = cluster;
        Rank = Board.Clusters.ToList().IndexOf(cluster) + 1;
        return Page();
    }

    /// <summary>A member's own score as a use case: the same parts, for it alone (with its cluster's rubric).</summary>
    public ScoreBreakdown UseCaseScore(BoardMember member) =>
        Board.Ranker!.Score(new RankSubject(1, member.Supporters, [member.CountyFips], member.Priorities.Count > 0 ? 1 : 0, member.Priorities, Cluster.Rubric), Board.Weights);

    public Task<IActionResult> OnPostRenameAsync(string key, string? name, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => actions.RenameAsync(key, name, Actor, cancellationToken), "Name saved.", Back(key));

    public Task<IActionResult> OnPostRubricAsync(string key, int feasibility, int dataAvailability, int privacyRisk, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => actions.RubricAsync(key, new Rubric(feasibility, dataAvailability, privacyRisk), Actor, cancellationToken), "Rubric saved.", Back(key));

    public Task<IActionResult> OnPostSplitAsync(string key, Guid[]? selected, string? name, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => actions.SplitAsync(key, selected ?? [], name, Actor, cancellationToken), "Split off into a new cluster.", ToBoard);

    public Task<IActionResult> OnPostMoveAsync(string key, Guid? submission, string? target, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => submission is null ? Task.FromResult(ModerationResult.Invalid("Choose the submission to move."))
            : actions.MoveAsync(submission.Value, target, Actor, cancellationToken), "Moved.", Back(key));

    public Task<IActionResult> OnPostMergeAsync(string key, string? other, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => actions.MergeClustersAsync(key, other, Actor, cancellationToken), "Clusters merged.", ToBoard);

    public Task<IActionResult> OnPostDuplicatesAsync(string key, Guid? keep, Guid[]? merge, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => keep is null ? Task.FromResult(ModerationResult.Invalid("Choose the submission to keep."))
            : actions.MergeDuplicatesAsync(keep.Value, merge ?? [], Actor, cancellationToken), "Near-duplicates merged: their supporters now count for the one kept.", Back(key));

    public Task<IActionResult> OnPostPromoteAsync(string key, Guid? submission, CancellationToken cancellationToken)
    {
        Guid? created = null;
        return ActAsync(StaffRoles.CanTriage, async () =>
        {
            var (result, id) = submission is { } one
                ? await backlog.PromoteSubmissionAsync(one, Actor, cancellationToken)
                : await backlog.PromoteClusterAsync(key, Actor, cancellationToken);
            created = id;
            return result;
        }, "Promoted to the roadmap backlog. Write the problem statement in plain language before accepting it.",
            () => created is { } id ? RedirectToPage("/Staff/Roadmap/Item", new { id }) : RedirectToPage(new { key }));
    }

    Func<IActionResult> Back(string key) => () => RedirectToPage(new { key });

    IActionResult ToBoard() => RedirectToPage("Index");
}
