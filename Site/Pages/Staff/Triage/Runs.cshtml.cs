using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Triage;

/// <summary>Every clustering run as recorded: settings, k and why, seed, size, quality, duration, failure.</summary>
public sealed class RunsModel(CommunityVoiceDbContext db) : PageModel
{
    public IReadOnlyList<ClusteringRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await db.ClusteringRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken);
}
