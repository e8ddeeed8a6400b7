namespace CommunityVoice.Core.Moderation;

/// <summary>One staff action, kept for good: who did what to which record, when, and why.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The staff member's sign-in name (staff accounts, not residents).</summary>
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Detail { get; set; }
}
