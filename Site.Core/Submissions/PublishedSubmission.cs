namespace CommunityVoice.Core.Submissions;

/// <summary>A submission as the public sees it: the masked text and counts, never the email or the original text.</summary>
public sealed record PublishedSubmission(
    Guid Id,
    string Kind,
    string Title,
    string Body,
    string? Affected,
    string? Outcome,
    string? Agencies,
    string? County,
    DateTimeOffset PublishedAt,
    int Supporters);
