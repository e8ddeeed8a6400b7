using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>Emails waiting, sent and failed, with the last error; recipients are not shown.</summary>
public sealed class OutboxModel(CommunityVoiceDbContext db) : PageModel
{
    public IReadOnlyList<OutboxEmail> Emails { get; private set; } = [];
    public Dictionary<OutboxStatus, int> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await db.OutboxEmails.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        Emails = await db.OutboxEmails.AsNoTracking().Where(e => e.Status != OutboxStatus.Sent || e.LastError != null)
            .OrderByDescending(e => e.CreatedAt).Take(200).ToListAsync(cancellationToken);
    }
}
