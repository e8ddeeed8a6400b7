namespace CommunityVoice.Core.Submissions;

/// <summary>A roadmap item that took up a submission: its id (for <c>/roadmap/{id}</c>), title and status.</summary>
public sealed record RoadmapMention(Guid Id, string Title, string Status);
