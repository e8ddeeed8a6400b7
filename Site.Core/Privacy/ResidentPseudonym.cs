using System.Security.Cryptography;
using System.Text;
using CommunityVoice.Core.Email;

namespace CommunityVoice.Core.Privacy;

/// <summary>
/// A short, stable, keyed id for an email address, so logs and the audit log can tell one resident's requests
/// apart without holding the address: without the key, an id cannot be checked against a guessed address.
/// </summary>
public sealed class ResidentPseudonym
{
    const string DevelopmentKey = "community-voice-development-pseudonym-key";
    readonly byte[] key;

    public ResidentPseudonym(PrivacyOptions options)
    {
        UsesDevelopmentKey = string.IsNullOrWhiteSpace(options.PseudonymKey);
        key = Encoding.UTF8.GetBytes(UsesDevelopmentKey ? DevelopmentKey : options.PseudonymKey!);
    }

    /// <summary>True when no key was configured and the development key is in use.</summary>
    public bool UsesDevelopmentKey { get; }

    /// <summary><c>r-</c> and 20 hex digits of HMAC-SHA256 of the normalised address.</summary>
    public string Of(string address) =>
        "r-" + Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(EmailThrottle.Normalise(address))))[..20].ToLowerInvariant();
}
