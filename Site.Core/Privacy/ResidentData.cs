using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Privacy;

/// <summary>
/// Everything the site holds that is linked to one email address: what they sent (original and public text),
/// the "me too"s they confirmed with it, the roadmap-email stop links we sent, and the emails we sent to it.
/// </summary>
public sealed record ResidentData(
    string Address,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ResidentData.SentSubmission> Submissions,
    IReadOnlyList<ResidentData.Support> Supports,
    IReadOnlyList<ResidentData.StopLink> StopLinks,
    IReadOnlyList<ResidentData.SentEmail> Emails)
{
    public bool IsEmpty => Submissions.Count == 0 && Supports.Count == 0 && StopLinks.Count == 0 && Emails.Count == 0;

    /// <summary>One submission as stored: the text as typed and the text as published.</summary>
    public sealed record SentSubmission(Guid Id, string Kind, string Status, string Language, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt,
        string Title, string Body, string? Affected, string? Outcome, string? Agencies,
        string PublicTitle, string PublicBody, string? PublicAffected, string? PublicOutcome, string? PublicAgencies,
        string? CountyFips, bool WantsReplies, DateTimeOffset? EmailVerifiedAt);

    /// <summary>A "me too" given with this address, on a published submission.</summary>
    public sealed record Support(Guid SubmissionId, string SubmissionTitle, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt);

    /// <summary>A link we sent to stop "you said, we did" emails (whether replies stopped shows on each submission).</summary>
    public sealed record StopLink(DateTimeOffset CreatedAt);

    /// <summary>An email in the outbox addressed to them.</summary>
    public sealed record SentEmail(string Subject, string Purpose, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    /// <summary>Whether anything at all is held for the normalised address.</summary>
    public static async Task<bool> AnyAsync(CommunityVoiceDbContext db, string address, CancellationToken cancellationToken)
    {
        // Every query runs whatever the first ones found, so a known address takes the same steps as an unknown one.
        var key = SupportSubmission.EmailSupporterKey(address);
        var submissions = await db.Submissions.AnyAsync(s => s.Email != null && s.Email.ToLower() == address, cancellationToken);
        var supports = await db.Supports.AnyAsync(s => s.SupporterKey == key, cancellationToken);
        var stopLinks = await db.UnsubscribeTokens.AnyAsync(t => t.Email == address, cancellationToken);
        var emails = await db.OutboxEmails.AnyAsync(e => e.To.ToLower() == address, cancellationToken);
        return submissions || supports || stopLinks || emails;
    }

    /// <summary>Reads everything held for the normalised address.</summary>
    public static async Task<ResidentData> LoadAsync(CommunityVoiceDbContext db, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.Email != null && s.Email.ToLower() == address)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var key = SupportSubmission.EmailSupporterKey(address);
        var supports = await db.Supports.AsNoTracking().Where(p => p.SupporterKey == key)
            .Join(db.Submissions, p => p.SubmissionId, s => s.Id, (p, s) => new Support(s.Id, s.PublicTitle, p.CreatedAt, p.ConfirmedAt))
            .ToListAsync(cancellationToken);
        var stopLinks = await db.UnsubscribeTokens.AsNoTracking().Where(t => t.Email == address)
            .Select(t => new StopLink(t.CreatedAt)).ToListAsync(cancellationToken);
        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.To.ToLower() == address)
            .Select(e => new { e.Subject, e.Purpose, e.Status, e.CreatedAt, e.SentAt }).ToListAsync(cancellationToken);
        return new ResidentData(address, now,
            submissions.Select(s => new SentSubmission(s.Id, s.Kind.ToString(), s.Status.ToString(), s.Language, s.CreatedAt, s.PublishedAt,
                s.Title, s.Body, s.Affected, s.Outcome, s.Agencies, s.PublicTitle, s.PublicBody, s.PublicAffected, s.PublicOutcome, s.PublicAgencies,
                s.CountyFips, s.WantsReplies, s.EmailVerifiedAt)).ToList(),
            supports.OrderBy(s => s.CreatedAt).ToList(),
            stopLinks.OrderBy(s => s.CreatedAt).ToList(),
            emails.OrderBy(e => e.CreatedAt).Select(e => new SentEmail(e.Subject, e.Purpose, e.Status.ToString(), e.CreatedAt, e.SentAt)).ToList());
    }
}
