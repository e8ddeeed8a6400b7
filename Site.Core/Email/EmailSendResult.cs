namespace CommunityVoice.Core.Email;

/// <summary>What happened to one send attempt; expected failures are results, not exceptions.</summary>
public abstract record EmailSendResult
{
    /// <summary>Accepted by the provider (or written to the pickup folder).</summary>
    public sealed record Sent(string? ProviderMessageId) : EmailSendResult;

    /// <summary>Worth trying again later: rate limited (429), provider error (5xx), timeout, network failure.</summary>
    public sealed record RetryLater(string Reason, TimeSpan? RetryAfter = null) : EmailSendResult;

    /// <summary>Will never succeed as it is (4xx validation error): recorded and shown to staff.</summary>
    public sealed record Failed(string Reason) : EmailSendResult;
}
