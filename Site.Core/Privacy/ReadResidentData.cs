using CommunityVoice.Core.Data;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Core.Privacy;

/// <summary>Shows or hands over what we hold for the address of a valid link, and records that it was opened.</summary>
public sealed class ReadResidentData(CommunityVoiceDbContext db, TimeProvider clock, ILogger<ReadResidentData> logger)
{
    public async Task<ResidentData> HandleAsync(DataLinkClaim claim, bool download, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var data = await ResidentData.LoadAsync(db, claim.Address, now, cancellationToken);
        db.AuditEntries.Add(PrivacyAudit.Entry(download ? PrivacyAudit.Downloaded : PrivacyAudit.Viewed, claim.Pseudonym, now,
            $"{data.Submissions.Count} submissions, {data.Supports.Count} supports, {data.StopLinks.Count} stop links, {data.Emails.Count} emails"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Resident {Resident} {Action} their data", claim.Pseudonym, download ? "downloaded" : "viewed");
        return data;
    }
}
