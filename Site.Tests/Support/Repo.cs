using CommunityVoice.Core.Content;
using CommunityVoice.Site.Infrastructure.Content;

namespace CommunityVoice.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The repository's content as the site would publish it.</summary>
    public static ContentSnapshot LoadContent() => new ContentBuilder(new MarkdownRenderer())
        .Build(ContentFolder.ReadPages(Content), ContentFolder.ReadSections(Content), AppRoutes.All, DateTimeOffset.UtcNow);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CommunityVoice.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find CommunityVoice.sln above " + AppContext.BaseDirectory);
    }
}
