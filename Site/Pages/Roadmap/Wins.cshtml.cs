using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Roadmap;

/// <summary>Delivered roadmap items, newest first, with what changed for people.</summary>
public sealed class WinsModel(CommunityVoiceDbContext db) : PageModel
{
    public IReadOnlyList<BacklogItem> Items { get; private set; } = [];
    public Dictionary<Guid, int> Voices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = (await db.BacklogItems.AsNoTracking().Where(i => i.Status == BacklogStatus.Delivered).ToListAsync(cancellationToken))
            .OrderByDescending(i => i.DeliveredAt).ToList();
        Voices = await RoadmapView.VoicesAsync(db, cancellationToken);
    }
}
