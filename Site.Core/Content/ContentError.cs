namespace CommunityVoice.Core.Content;

/// <summary>A problem in one content file, located so an author can jump to it.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
