namespace CommunityVoice.Core.Submissions;

/// <summary>A submission as the public sees it: the masked text and counts, never the email or the original text.</summary>
/// <param name="Topics">Ids of the priorities (<c>content/ranking/priorities.yml</c>) its text is about.</param>
/// <param name="Roadmap">The public roadmap items that took it up, with their status.</param>
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
    int Supporters,
    IReadOnlyList<string> Topics,
    IReadOnlyList<RoadmapMention> Roadmap);
