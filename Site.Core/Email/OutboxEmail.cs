namespace CommunityVoice.Core.Email;

/// <summary>
/// An email waiting to be sent, written in the same transaction as what caused it, so a crash or a provider
/// outage never loses it. The outbox worker sends it, retrying with backoff until it is sent or fails for good.
/// </summary>
public sealed class OutboxEmail
{
    public Guid Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }
    public required string Language { get; set; }
    /// <summary>What the email is about, for staff ("verify", "rejected"...); never personal data.</summary>
    public required string Purpose { get; set; }
    public OutboxStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? ProviderMessageId { get; set; }

    public EmailMessage ToMessage() => new(Id, To, Subject, TextBody, HtmlBody, Language);

    /// <summary>Backoff after a failed attempt: 30 s, 1, 2, 4 … minutes, at most 6 hours apart.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromHours(6).TotalSeconds));
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
