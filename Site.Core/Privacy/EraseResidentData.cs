using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Core.Privacy;

/// <summary>
/// "Delete my data": removes the address everywhere and the original texts. A published submission keeps only
/// its masked public text, no longer linked to anyone; one that was never published goes entirely, with what
/// depends on it. "Me too"s given with the address go and the counts drop. Running it again finds nothing.
/// </summary>
public sealed class EraseResidentData(CommunityVoiceDbContext db, SimilarSubmissions similar, TimeProvider clock, ILogger<EraseResidentData> logger)
{
    public async Task<ErasureCounts> HandleAsync(DataLinkClaim claim, CancellationToken cancellationToken)
    {
        var address = claim.Address;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var mine = db.Submissions.Where(s => s.Email != null && s.Email.ToLower() == address);
        var neverPublished = await mine.Where(s => s.Status != SubmissionStatus.Published && s.PublishedAt == null).Select(s => s.Id).ToListAsync(cancellationToken);
        var removed = await RemoveSubmissionsAsync(neverPublished, cancellationToken);
        var anonymised = await mine.ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Title, s => s.PublicTitle)
            .SetProperty(s => s.Body, s => s.PublicBody)
            .SetProperty(s => s.Affected, s => s.PublicAffected)
            .SetProperty(s => s.Outcome, s => s.PublicOutcome)
            .SetProperty(s => s.Agencies, s => s.PublicAgencies)
            .SetProperty(s => s.BodyHash, (string?)null)
            .SetProperty(s => s.Email, (string?)null)
            .SetProperty(s => s.WantsReplies, false)
            .SetProperty(s => s.EmailVerifiedAt, (DateTimeOffset?)null)
            .SetProperty(s => s.VerificationTokenHash, (string?)null), cancellationToken);

        var key = SupportSubmission.EmailSupporterKey(address);
        var supported = await db.Supports.Where(p => p.SupporterKey == key).Select(p => p.SubmissionId).Distinct().ToListAsync(cancellationToken);
        var supports = await db.Supports.Where(p => p.SupporterKey == key).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in supported) await SupportSubmission.RecountAsync(db, id, cancellationToken);

        var stopLinks = await db.UnsubscribeTokens.Where(t => t.Email == address).ExecuteDeleteAsync(cancellationToken);
        var emails = await db.OutboxEmails.Where(e => e.To.ToLower() == address).ExecuteDeleteAsync(cancellationToken);

        var counts = new ErasureCounts(anonymised, removed, supports, stopLinks, emails);
        // The entry also marks every link issued until now as used up (OpenDataLink looks for it).
        db.AuditEntries.Add(PrivacyAudit.Entry(PrivacyAudit.Erased, claim.Pseudonym, now, counts.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (removed > 0 || anonymised > 0) similar.Invalidate();
        logger.LogInformation("Resident {Resident} deleted their data: {Anonymised} submissions kept as public text only, {Removed} unpublished removed, {Supports} supports, {StopLinks} stop links, {Emails} emails",
            claim.Pseudonym, anonymised, removed, supports, stopLinks, emails);
        return counts;
    }

    async Task<int> RemoveSubmissionsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return 0;
        await db.Supports.Where(p => ids.Contains(p.SubmissionId)).ExecuteDeleteAsync(cancellationToken);
        await db.Vectors.Where(v => ids.Contains(v.SubmissionId)).ExecuteDeleteAsync(cancellationToken);
        await db.RunMembers.Where(m => ids.Contains(m.SubmissionId)).ExecuteDeleteAsync(cancellationToken);
        await db.BacklogSubmissions.Where(l => ids.Contains(l.SubmissionId)).ExecuteDeleteAsync(cancellationToken);
        await db.Submissions.Where(s => s.DuplicateOf != null && ids.Contains(s.DuplicateOf.Value))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.DuplicateOf, (Guid?)null), cancellationToken);
        return await db.Submissions.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>What one deletion changed, as counts (the only thing logged).</summary>
public sealed record ErasureCounts(int SubmissionsAnonymised, int SubmissionsRemoved, int Supports, int StopLinks, int Emails);
