namespace CommunityVoice.Core.Content;

/// <summary>Reads a content folder from disk: <c>sections.yml</c> and the Markdown files under <c>pages/</c>.</summary>
public static class ContentFolder
{
    public const string PagesFolder = "pages";

    public static IReadOnlyList<ContentFile> ReadPages(string root)
    {
        var folder = Path.Combine(root, PagesFolder);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(path => new ContentFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
    }

    public static string? ReadSections(string root)
    {
        var path = Path.Combine(root, ContentBuilder.SectionsFile);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
