using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Triage;

/// <summary>The ranking weights: the ones in use, a form to change them (Admin, with a reason) and every change.</summary>
public sealed class WeightsModel(CommunityVoiceDbContext db, TriageBoard board, TriageActions actions, RankingWeights configured,
    IAuthorizationService authorization) : StaffPageModel(authorization)
{
    public RankingWeights Current { get; private set; } = new();
    public RankingWeights Configured => configured;
    public IReadOnlyList<RankingWeightChange> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRolesAsync();
        Current = await board.CurrentWeightsAsync(cancellationToken);
        Changes = await db.RankingWeightChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(100).ToListAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(double supporters, double size, double reach, double equity, double alignment, double rubric, string? reason,
        CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanAdminister, () => actions.ChangeWeightsAsync(new RankingWeights
        {
            Supporters = supporters, Size = size, Reach = reach, Equity = equity, Alignment = alignment, Rubric = rubric,
        }, reason, Actor, cancellationToken), "The weights changed; the board uses them now.");
}
