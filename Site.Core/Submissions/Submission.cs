namespace CommunityVoice.Core.Submissions;

/// <summary>
/// A question or proposed use case as the resident typed it (normalised to NFC), with the masked public text
/// beside it. The original text, the email address and the verification token hash are for staff only.
/// </summary>
public sealed class Submission
{
    public Guid Id { get; set; }
    public SubmissionKind Kind { get; set; }
    public SubmissionStatus Status { get; set; }
    public required string Language { get; set; }
    public string Source { get; set; } = "web";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }

    /// <summary>SHA-256 of <see cref="Body"/>, indexed, to find the same text sent again without scanning every body.</summary>
    public string? BodyHash { get; set; }
    public string? Affected { get; set; }
    public string? Outcome { get; set; }
    public string? Agencies { get; set; }
    public string? CountyFips { get; set; }

    public required string PublicTitle { get; set; }
    public required string PublicBody { get; set; }
    public string? PublicAffected { get; set; }
    public string? PublicOutcome { get; set; }
    public string? PublicAgencies { get; set; }

    /// <summary>The priorities the public text is about, as <see cref="SubmissionTopics"/> keeps them; null until tagged.</summary>
    public string? Topics { get; set; }

    /// <summary>Why screening held it for a person to look at (personal data masked, links, too fast...).</summary>
    public string? HeldReason { get; set; }

    public string? Email { get; set; }
    public bool WantsReplies { get; set; }
    public DateTimeOffset? EmailVerifiedAt { get; set; }
    public string? VerificationTokenHash { get; set; }

    public int SupportCount { get; set; }

    /// <summary>Set when staff marked this as a repeat of another submission.</summary>
    public Guid? DuplicateOf { get; set; }
}
