using System.Security.Cryptography;
using System.Text.Json;
using CommunityVoice.Core.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace CommunityVoice.Site.Infrastructure.Privacy;

/// <summary>
/// "My data" link tokens: encrypted and signed with the data-protection key ring (kept in the database, so every
/// node accepts them) and time-limited by it too; <see cref="OpenDataLink"/> checks the age again on the site's clock.
/// </summary>
public sealed class DataLinkProtector(IDataProtectionProvider provider) : IDataLinkProtector
{
    readonly ITimeLimitedDataProtector protector = provider.CreateProtector("CommunityVoice.Privacy.DataLink.v1").ToTimeLimitedDataProtector();

    public string Protect(DataLinkClaim claim) =>
        protector.Protect(JsonSerializer.Serialize(new Payload(claim.Address, claim.Pseudonym, claim.IssuedAt.ToUnixTimeMilliseconds())),
            claim.IssuedAt + DataLinkClaim.Lifetime);

    public DataLinkClaim? Unprotect(string token)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(protector.Unprotect(token));
            return payload is null ? null : new DataLinkClaim(payload.A, payload.P, DateTimeOffset.FromUnixTimeMilliseconds(payload.T));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    sealed record Payload(string A, string P, long T);
}
