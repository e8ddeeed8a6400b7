namespace CommunityVoice.Core.Content;

/// <summary>A published page in one language: its front matter and its sanitised HTML.</summary>
public sealed record ContentPage(
    string Slug,
    string Language,
    string Title,
    string Summary,
    string? Section,
    int Order,
    DateOnly Updated,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    string SourcePath)
{
    public const string HomeSlug = "index";

    public bool IsHome => Slug == HomeSlug;

    /// <summary>The site path of the page without the language prefix: "/" for the home page.</summary>
    public string Path => IsHome ? "/" : "/" + Slug;

    /// <summary>Long pages get a table of contents; the home page is an overview already.</summary>
    public bool ShowsToc => !IsHome && Toc.Count(t => t.Level == 2) >= 3;
}
