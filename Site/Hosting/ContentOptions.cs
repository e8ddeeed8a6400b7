namespace CommunityVoice.Site.Hosting;

public sealed class ContentOptions
{
    public const string Section = "Content";
    public const string Files = "Files";

    public string Source { get; set; } = Files;

    /// <summary>The content folder; when empty, <c>content/</c> beside the app or in the repository above it.</summary>
    public string? Path { get; set; }
}
