using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Roadmap;

/// <summary>The public data roadmap: backlog items by status and horizon, filterable.</summary>
public sealed class IndexModel(CommunityVoiceDbContext db) : PageModel
{
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "horizon")] public string? Horizon { get; set; }

    public IReadOnlyList<BacklogItem> Items { get; private set; } = [];
    public Dictionary<Guid, int> Voices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.BacklogItems.AsNoTracking();
        if (Enum.TryParse<BacklogStatus>(Status, ignoreCase: true, out var status)) query = query.Where(i => i.Status == status);
        else Status = null;
        if (Enum.TryParse<Horizon>(Horizon, ignoreCase: true, out var horizon)) query = query.Where(i => i.Horizon == horizon);
        else Horizon = null;
        Items = (await query.ToListAsync(cancellationToken)).OrderBy(i => i.Status).ThenBy(i => i.Horizon).ThenBy(i => i.Priority).ThenBy(i => i.Title).ToList();
        Voices = await RoadmapView.VoicesAsync(db, cancellationToken);
    }
}
