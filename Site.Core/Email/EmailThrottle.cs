using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Email;

/// <summary>
/// A per-address limit on the emails a public form may queue, so nobody can use the site to flood an inbox.
/// It counts what the outbox table already holds for the address (any status), so every app node on one
/// database sees the same count; no state lives in memory.
/// </summary>
/// <remarks>
/// Two requests for the same address at the same instant may both be allowed (the count is read, not locked);
/// the limit is against floods, not an exact quota. Ask before adding the email, in the same request that adds it.
/// </remarks>
public sealed class EmailThrottle(CommunityVoiceDbContext db, TimeProvider clock)
{
    /// <summary>At most this many emails of one purpose to one address in any hour.</summary>
    public const int PerPurposePerHour = 3;

    /// <summary>At most this many emails of any purpose to one address in any 24 hours.</summary>
    public const int PerAddressPerDay = 10;

    /// <summary>
    /// Whether one more email of <paramref name="purpose"/> (the <see cref="OutboxEmail.Purpose"/> it will be
    /// queued with, e.g. "verify", "mydata") may be queued to <paramref name="address"/> now. The address is
    /// compared without regard to case or surrounding spaces.
    /// </summary>
    /// <returns>False when the address already had <see cref="PerPurposePerHour"/> emails of that purpose in the
    /// last hour or <see cref="PerAddressPerDay"/> emails of any purpose in the last 24 hours.</returns>
    public async Task<bool> AllowsAsync(string address, string purpose, CancellationToken cancellationToken)
    {
        var normalised = Normalise(address);
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        var hourAgo = now.AddHours(-1);
        // SQL lower() folds ASCII only, which is what addresses are in practice; the rows are few after the date filter.
        var recent = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.CreatedAt > dayAgo && e.To.ToLower() == normalised)
            .Select(e => new { e.Purpose, e.CreatedAt })
            .ToListAsync(cancellationToken);
        return recent.Count < PerAddressPerDay && recent.Count(e => e.Purpose == purpose && e.CreatedAt > hourAgo) < PerPurposePerHour;
    }

    /// <summary>How addresses are compared: trimmed and lower-cased.</summary>
    public static string Normalise(string address) => address.Trim().ToLowerInvariant();
}
