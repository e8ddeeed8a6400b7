using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>The moderation queue: held submissions with the original and the masked text side by side.</summary>
public sealed class IndexModel(CommunityVoiceDbContext db, ModerateSubmission moderate, TimeProvider clock, IAuthorizationService authorization) : StaffPageModel(authorization)
{
    public IReadOnlyList<Submission> Held { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRolesAsync();
        Held = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Held)
            .OrderBy(s => s.CreatedAt).Take(100).ToListAsync(cancellationToken);
        // The originals may hold personal data: only Triage and Admin see them, and every opening is audited.
        if (CanTriage && Held.Count > 0)
        {
            var ids = string.Join(", ", Held.Select(s => s.Id));
            db.AuditEntries.Add(new AuditEntry { Actor = Actor, Action = "originals-viewed", Subject = "submissions/held", At = clock.GetUtcNow(),
                Detail = $"{Held.Count} held: " + (ids.Length > 1900 ? ids[..1900] + "…" : ids) });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, string? publicTitle, string? publicBody, CancellationToken cancellationToken) =>
        ActAsync(() => moderate.PublishAsync(id, Actor, publicTitle, publicBody, cancellationToken), "Published.");

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(() => moderate.RejectAsync(id, Actor, reason, cancellationToken), "Rejected.");

    public Task<IActionResult> OnPostDuplicateAsync(Guid id, Guid? of, CancellationToken cancellationToken) =>
        ActAsync(() => of is null ? Task.FromResult(ModerationResult.Invalid("Give the id of the published submission it repeats."))
            : moderate.MarkDuplicateAsync(id, of.Value, Actor, cancellationToken), "Marked as a duplicate.");

    Task<IActionResult> ActAsync(Func<Task<ModerationResult>> action, string done) => ActAsync(StaffRoles.CanTriage, action, done);
}
