using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Roadmap;

/// <summary>One roadmap item for everyone: the problem, how many raised it and from where (counts only), its score, history and the masked submissions.</summary>
public sealed class ItemModel(CommunityVoiceDbContext db, Counties counties) : PageModel
{
    public BacklogItem Item { get; private set; } = null!;
    public int Voices { get; private set; }
    public IReadOnlyList<(string County, int Count)> ByCounty { get; private set; } = [];
    public ScoreBreakdown? Score { get; private set; }
    public IReadOnlyList<BacklogChange> History { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Submissions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.BacklogItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } item) return NotFound();
        Item = item;
        var voices = (await PublicRoadmap.VoicesAsync(db, cancellationToken, id))[id].ToList();
        Voices = voices.Count;
        ByCounty = voices.GroupBy(v => v.CountyFips is null ? null : counties.Find(v.CountyFips)?.Name)
            .Select(g => (g.Key ?? "", g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1).ToList();
        Submissions = voices.Where(v => !v.Merged).Select(v => (v.SubmissionId, v.Title)).ToList();
        Score = PublicRoadmap.Score(item);
        History = await db.BacklogChanges.AsNoTracking().Where(c => c.ItemId == id && (c.What == "status" || c.What == "promoted"))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
