namespace CommunityVoice.Core.Content;

/// <summary>One heading of a page's table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
