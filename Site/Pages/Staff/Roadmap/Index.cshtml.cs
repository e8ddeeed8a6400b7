using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Roadmap;

/// <summary>The backlog for staff: every item with its status, horizon, priority and how many voices are behind it.</summary>
public sealed class IndexModel(CommunityVoiceDbContext db) : PageModel
{
    public IReadOnlyList<(BacklogItem Item, int Submissions)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.BacklogSubmissions.GroupBy(l => l.ItemId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var items = await db.BacklogItems.AsNoTracking().ToListAsync(cancellationToken);
        Items = items.OrderBy(i => i.Status).ThenBy(i => i.Priority).ThenByDescending(i => i.UpdatedAt)
            .Select(i => (i, counts.GetValueOrDefault(i.Id))).ToList();
    }
}
