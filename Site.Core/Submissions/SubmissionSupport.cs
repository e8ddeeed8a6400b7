namespace CommunityVoice.Core.Submissions;

/// <summary>
/// One "me too": counted once per supporter. The supporter is known only by a hash: of their email address
/// (counted once they confirm it) or of a random id kept in their browser (counted at once).
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
