using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Core.Privacy;

/// <summary>
/// Checks a "my data" link: signed and unaltered, younger than 24 hours by the site's clock, and not issued
/// before a deletion for the same address (found in the audit log, so every node agrees without a new table).
/// </summary>
public sealed class OpenDataLink(CommunityVoiceDbContext db, IDataLinkProtector protector, TimeProvider clock, ILogger<OpenDataLink> logger)
{
    public async Task<DataLinkCheck> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var claim = string.IsNullOrWhiteSpace(token) || token.Length > 2000 ? null : protector.Unprotect(token.Trim());
        var status = claim switch
        {
            null => DataLinkStatus.Invalid,
            _ when clock.GetUtcNow() - claim.IssuedAt > DataLinkClaim.Lifetime => DataLinkStatus.Expired,
            _ when await ErasedSinceAsync(claim, cancellationToken) => DataLinkStatus.Superseded,
            _ => DataLinkStatus.Valid,
        };
        if (status == DataLinkStatus.Valid) return new DataLinkCheck(status, claim);

        var subject = claim?.Pseudonym ?? "unknown";
        db.AuditEntries.Add(PrivacyAudit.Entry(PrivacyAudit.LinkRefused, subject, clock.GetUtcNow(), status.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Data link refused for {Resident}: {Status}", subject, status);
        return new DataLinkCheck(status);
    }

    Task<bool> ErasedSinceAsync(DataLinkClaim claim, CancellationToken cancellationToken) =>
        db.AuditEntries.AnyAsync(a => a.Subject == claim.Pseudonym && a.Action == PrivacyAudit.Erased && a.At >= claim.IssuedAt, cancellationToken);
}
