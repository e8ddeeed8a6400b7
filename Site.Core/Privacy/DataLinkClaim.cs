namespace CommunityVoice.Core.Privacy;

/// <summary>
/// What a "my data" link proves: the normalised address it was sent to, its pseudonym, and when it was issued.
/// The token carrying it is encrypted and signed (<see cref="IDataLinkProtector"/>), so the URL reveals nothing.
/// </summary>
public sealed record DataLinkClaim(string Address, string Pseudonym, DateTimeOffset IssuedAt)
{
    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
}
