namespace CommunityVoice.Core.Submissions;

/// <summary>
/// One "me too": counted once per supporter. The supporter is known only by a hash: of their email address
/// (<c>e:</c>, counted once they confirm it) or a keyed hash of their client's network (<c>c:</c>, counted at once).
/// Keys written before December 2026 (<c>b:</c>, a random id from a browser cookie) still count.
/// </summary>
public sealed class SubmissionSupport
{
    public long Id { get; set; }
    public Guid SubmissionId { get; set; }
    public required string SupporterKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? TokenHash { get; set; }
}
