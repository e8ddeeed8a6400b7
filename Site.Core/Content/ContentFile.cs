namespace CommunityVoice.Core.Content;

/// <summary>The raw text of one content file and the path it is reported under (relative to the content root).</summary>
public sealed record ContentFile(string Path, string Text);
