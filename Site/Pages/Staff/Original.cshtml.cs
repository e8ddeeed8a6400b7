using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>
/// A submission as the resident typed it, personal data included: Triage and Admin only, and every opening is
/// written to the audit log (least privilege: Viewers see masked text only).
/// </summary>
[Authorize(Policy = StaffRoles.CanTriage)]
public sealed class OriginalModel(CommunityVoiceDbContext db, TimeProvider clock) : PageModel
{
    public Submission Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null) return NotFound();
        db.AuditEntries.Add(new AuditEntry
        {
            Actor = User.Identity?.Name ?? "unknown", Action = "view-original", Subject = $"submission/{id}", At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        Item = submission;
        // The original must not linger in shared caches or the browser's back-forward cache.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
