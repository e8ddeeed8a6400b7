namespace CommunityVoice.Core.Content;

/// <summary>The languages the site publishes in. English is the default and the fallback for every page.</summary>
public static class SiteLanguages
{
    public const string Default = "en";
    public static readonly IReadOnlyList<string> All = ["en", "es"];

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);
}
