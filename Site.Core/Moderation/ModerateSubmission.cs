using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Moderation;

/// <summary>
/// What staff do with a submission: publish it (optionally with an edited public text), reject it with a reason,
/// or mark it as a duplicate of another. Each action and its audit entry (and any email) are one transaction.
/// </summary>
public sealed class ModerateSubmission(CommunityVoiceDbContext db, PersonalDataMasker masker, SimilarSubmissions similar, VectorStore vectors, Priorities priorities, TimeProvider clock)
{
    public const int ReasonMax = 1000;

    /// <summary>
    /// For the staff page: each original field of <paramref name="submission"/> that has text (Title, Body,
    /// Affected, Outcome, Agencies) with what the masker masks (<see cref="MaskResult.Findings"/>, and the
    /// prefilled <see cref="MaskResult.Text"/>) and what the safety net flags (<see cref="MaskResult.Flags"/>),
    /// positions in <see cref="FieldReview.Original"/>, so the page can highlight exactly those words.
    /// </summary>
    public IReadOnlyList<FieldReview> ReviewFields(Submission submission) => FieldReview.Of(masker, submission);

    public async Task<ModerationResult> PublishAsync(Guid id, string actor, string? publicTitle, string? publicBody, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null) return ModerationResult.NotFound;
        var title = SubmissionInput.Clean(publicTitle);
        var body = SubmissionInput.Clean(publicBody);
        if (publicTitle is not null && title.Length == 0 || publicBody is not null && body.Length == 0)
            return ModerationResult.Invalid("The public title and text cannot be empty.");

        var edited = false;
        if (title.Length > 0 && title != submission.PublicTitle) { submission.PublicTitle = title; edited = true; }
        if (body.Length > 0 && body != submission.PublicBody) { submission.PublicBody = body; edited = true; }
        // Staff edits are screened again: a slip while editing must not publish an address. Only what the rules
        // would mask refuses; the safety net's flags and the tagger's guesses do not, because a person has just
        // read the text.
        var leaks = masker.FindByRules(submission.PublicTitle).Count > 0 || masker.FindByRules(submission.PublicBody).Count > 0;
        if (leaks) return ModerationResult.Invalid("The public text still contains personal data (an email, phone number, address or similar). Remove it before publishing.");

        var now = clock.GetUtcNow();
        submission.Status = SubmissionStatus.Published;
        submission.PublishedAt ??= now;
        submission.Topics = SubmissionTopics.Of(priorities, submission.PublicTitle, submission.PublicBody);
        Audit(actor, edited ? "publish-edited" : "publish", submission.Id, null, now);
        if (edited)
        {
            // The vector was made from the text before the edit: drop it, and the worker makes it again.
            db.Vectors.RemoveRange(await db.Vectors.Where(v => v.SubmissionId == submission.Id).ToListAsync(cancellationToken));
            vectors.Remove(submission.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        similar.Invalidate();
        return ModerationResult.Done;
    }

    public async Task<ModerationResult> RejectAsync(Guid id, string actor, string? reason, CancellationToken cancellationToken)
    {
        var text = SubmissionInput.Clean(reason);
        if (text.Length == 0) return ModerationResult.Invalid("Give a reason: the resident may read it.");
        if (text.Length > ReasonMax) return ModerationResult.Invalid($"Keep the reason to {ReasonMax} characters or fewer.");
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null) return ModerationResult.NotFound;

        var now = clock.GetUtcNow();
        submission.Status = SubmissionStatus.Rejected;
        submission.PublishedAt = null;
        Audit(actor, "reject", submission.Id, text, now);
        if (submission.WantsReplies && submission.EmailVerifiedAt is not null)
            db.OutboxEmails.Add(SubmissionEmails.Rejected(submission, text, now));
        await db.SaveChangesAsync(cancellationToken);
        similar.Invalidate();
        return ModerationResult.Done;
    }

    public async Task<ModerationResult> MarkDuplicateAsync(Guid id, Guid of, string actor, CancellationToken cancellationToken)
    {
        if (id == of) return ModerationResult.Invalid("A submission cannot be a duplicate of itself.");
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var original = await db.Submissions.FirstOrDefaultAsync(s => s.Id == of, cancellationToken);
        if (submission is null || original is null) return ModerationResult.NotFound;
        if (original.Status != SubmissionStatus.Published) return ModerationResult.Invalid("Mark it as a duplicate of a published submission.");

        var now = clock.GetUtcNow();
        submission.Status = SubmissionStatus.Rejected;
        submission.DuplicateOf = original.Id;
        Audit(actor, "duplicate", submission.Id, $"of {original.Id}", now);
        await db.SaveChangesAsync(cancellationToken);
        similar.Invalidate();
        return ModerationResult.Done;
    }

    void Audit(string actor, string action, Guid subject, string? detail, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = action, Subject = $"submission/{subject}", Detail = detail, At = at });
}

/// <summary>The outcome of a staff action.</summary>
public sealed record ModerationResult(bool Succeeded, bool Found, string? Error)
{
    public static readonly ModerationResult Done = new(true, true, null);
    public static readonly ModerationResult NotFound = new(false, false, "That submission does not exist.");
    public static ModerationResult Invalid(string error) => new(false, true, error);
}
