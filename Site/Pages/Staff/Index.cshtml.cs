using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>The moderation queue: held submissions with the original and the masked text side by side.</summary>
public sealed class IndexModel(CommunityVoiceDbContext db, ModerateSubmission moderate, PersonalDataMasker masker, IAuthorizationService authorization) : StaffPageModel(authorization)
{
    public IReadOnlyList<Submission> Held { get; private set; } = [];

    /// <summary>Each held submission's public title and text, with what the safety net still flags in them.</summary>
    public IReadOnlyDictionary<Guid, (FlaggedText Title, FlaggedText Body)> Public { get; private set; } = new Dictionary<Guid, (FlaggedText, FlaggedText)>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRolesAsync();
        Held = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Held)
            .OrderBy(s => s.CreatedAt).Take(100).ToListAsync(cancellationToken);
        // Screened as it stands, the text staff would publish: a flag here is a word a person should look at.
        Public = Held.ToDictionary(s => s.Id, s => (
            FlaggedText.Of("Title", s.PublicTitle, masker.Mask(s.PublicTitle).Flags),
            FlaggedText.Of("Text", s.PublicBody, masker.Mask(s.PublicBody).Flags)));
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
