using System.Security.Cryptography;
using System.Text;
using CommunityVoice.Core.Email;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// A short, stable, keyed id for an email address (or a client's network), so logs, the audit log and "me too"
/// can tell one resident apart from another without holding the address: without the key, an id cannot be checked
/// against a guessed address.
/// </summary>
public sealed class ResidentPseudonym
{
    const string DevelopmentKey = "community-voice-development-pseudonym-key";
    readonly byte[] key;

    /// <param name="key">The secret key (<c>Privacy:PseudonymKey</c>); a fixed development key when empty.</param>
    public ResidentPseudonym(string? key)
    {
        UsesDevelopmentKey = string.IsNullOrWhiteSpace(key);
        this.key = Encoding.UTF8.GetBytes(UsesDevelopmentKey ? DevelopmentKey : key!);
    }

    /// <summary>True when no key was configured and the development key is in use.</summary>
    public bool UsesDevelopmentKey { get; }

    /// <summary><c>r-</c> and 20 hex digits of HMAC-SHA256 of the normalised address.</summary>
    public string Of(string address) =>
        "r-" + Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(EmailThrottle.Normalise(address))))[..20].ToLowerInvariant();
}
