using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Core.Privacy;

/// <summary>
/// One pass of the retention rules (<see cref="PrivacyOptions"/>): contact details older than
/// <see cref="PrivacyOptions.RetainContactDays"/> are erased (submissions' email and verification data, the
/// email-linked part of "me too"s, stop links, sent and failed outbox emails), and the original texts of published
/// submissions older than <see cref="PrivacyOptions.RetainOriginalsDays"/> are replaced by their public text.
/// Safe to run at any time and on several nodes at once: each rule is one idempotent statement.
/// </summary>
public sealed class ApplyRetention(CommunityVoiceDbContext db, PrivacyOptions options, TimeProvider clock, ILogger<ApplyRetention> logger)
{
    public async Task<RetentionCounts> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var contactCutoff = now.AddDays(-options.RetainContactDays);
        var originalsCutoff = now.AddDays(-options.RetainOriginalsDays);

        var contacts = await db.Submissions
            .Where(s => s.CreatedAt < contactCutoff && (s.Email != null || s.VerificationTokenHash != null || s.EmailVerifiedAt != null || s.WantsReplies))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Email, (string?)null)
                .SetProperty(s => s.WantsReplies, false)
                .SetProperty(s => s.EmailVerifiedAt, (DateTimeOffset?)null)
                .SetProperty(s => s.VerificationTokenHash, (string?)null), cancellationToken);

        // An unconfirmed email "me too" never counted; a confirmed one keeps counting but loses the address hash.
        var supports = await db.Supports.Where(p => p.CreatedAt < contactCutoff && p.SupporterKey.StartsWith("e:") && p.ConfirmedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        supports += await db.Supports.Where(p => p.CreatedAt < contactCutoff && p.SupporterKey.StartsWith("e:"))
            .ExecuteUpdateAsync(u => u
                .SetProperty(p => p.SupporterKey, p => "x:" + p.Id.ToString())
                .SetProperty(p => p.TokenHash, (string?)null), cancellationToken);

        var stopLinks = await db.UnsubscribeTokens.Where(t => t.CreatedAt < contactCutoff).ExecuteDeleteAsync(cancellationToken);
        var emails = await db.OutboxEmails.Where(e => e.CreatedAt < contactCutoff && e.Status != OutboxStatus.Pending).ExecuteDeleteAsync(cancellationToken);

        var originals = await db.Submissions
            .Where(s => s.Status == SubmissionStatus.Published && s.PublishedAt != null && s.PublishedAt < originalsCutoff
                        && (s.Title != s.PublicTitle || s.Body != s.PublicBody || s.Affected != s.PublicAffected || s.Outcome != s.PublicOutcome || s.Agencies != s.PublicAgencies))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Title, s => s.PublicTitle)
                .SetProperty(s => s.Body, s => s.PublicBody)
                .SetProperty(s => s.Affected, s => s.PublicAffected)
                .SetProperty(s => s.Outcome, s => s.PublicOutcome)
                .SetProperty(s => s.Agencies, s => s.PublicAgencies)
                .SetProperty(s => s.BodyHash, (string?)null), cancellationToken);

        var counts = new RetentionCounts(contacts, supports, stopLinks, emails, originals);
        if (counts.Total > 0)
        {
            db.AuditEntries.Add(new() { At = now, Actor = "retention", Action = PrivacyAudit.Retention, Subject = "retention", Detail = counts.ToString() });
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Retention pass: contact details erased from {Submissions} submissions, {Supports} supports, {StopLinks} stop links and {Emails} emails; originals replaced by public text in {Originals} submissions",
            contacts, supports, stopLinks, emails, originals);
        return counts;
    }
}

/// <summary>What one retention pass changed, as counts.</summary>
public sealed record RetentionCounts(int SubmissionContacts, int Supports, int StopLinks, int Emails, int Originals)
{
    public int Total => SubmissionContacts + Supports + StopLinks + Emails + Originals;
}
