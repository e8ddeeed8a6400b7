using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>Every staff action, newest first: who, when, what, why.</summary>
public sealed class AuditModel(CommunityVoiceDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(500).ToListAsync(cancellationToken);
}
