namespace CommunityVoice.Core.Privacy;

/// <summary>What opening a "my data" link found: the claim only when the link may be used.</summary>
public sealed record DataLinkCheck(DataLinkStatus Status, DataLinkClaim? Claim = null)
{
    public bool IsValid => Status == DataLinkStatus.Valid;
}

public enum DataLinkStatus
{
    Valid,
    /// <summary>Missing, malformed or tampered with (or past what the token itself allows).</summary>
    Invalid,
    /// <summary>Issued more than <see cref="DataLinkClaim.Lifetime"/> ago.</summary>
    Expired,
    /// <summary>Issued before the data for its address was deleted; ask for a new one.</summary>
    Superseded,
}
