namespace CommunityVoice.Core.Content;

/// <summary>
/// Everything published at one moment: the pages that loaded, the sections, and the problems with the files that
/// did not. Immutable, so a reload swaps in a new snapshot and readers never see a half-built site.
/// </summary>
public sealed class ContentSnapshot
{
    readonly Dictionary<(string Language, string Slug), ContentPage> bySlug;

    public ContentSnapshot(IEnumerable<ContentPage> pages, IEnumerable<Section> sections, IEnumerable<ContentError> errors, DateTimeOffset loadedAt)
    {
        Pages = pages.OrderBy(p => p.Language).ThenBy(p => p.Section).ThenBy(p => p.Order).ThenBy(p => p.Slug).ToList();
        Sections = sections.OrderBy(s => s.Order).ToList();
        Errors = errors.ToList();
        LoadedAt = loadedAt;
        bySlug = Pages.ToDictionary(p => (p.Language, p.Slug));
    }

    public static ContentSnapshot Empty { get; } = new([], [], [], DateTimeOffset.MinValue);

    public IReadOnlyList<ContentPage> Pages { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<ContentError> Errors { get; }
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The page for a slug in the reader's language, else the English page.</summary>
    public PageView? Find(string slug, string language)
    {
        if (bySlug.TryGetValue((language, slug), out var page) || bySlug.TryGetValue((SiteLanguages.Default, slug), out page))
            return new PageView(page, language);
        return null;
    }

    /// <summary>Every slug published in any language, each shown in the reader's language where possible.</summary>
    public IReadOnlyList<PageView> PagesFor(string language) =>
        Pages.Select(p => p.Slug).Distinct().Select(slug => Find(slug, language)).OfType<PageView>()
            .OrderBy(v => SectionOrder(v.Page.Section)).ThenBy(v => v.Page.Order).ThenBy(v => v.Page.Slug)
            .ToList();

    public IReadOnlyList<PageView> InSection(string sectionId, string language) =>
        PagesFor(language).Where(v => v.Page.Section == sectionId).ToList();

    public Section? SectionOf(ContentPage page) => Sections.FirstOrDefault(s => s.Id == page.Section);

    /// <summary>The sections that have pages, each with the page a reader lands on first.</summary>
    public IReadOnlyList<(Section Section, PageView Landing)> Navigation(string language) =>
        Sections.Select(s => (s, InSection(s.Id, language).FirstOrDefault()))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.s, x.Item2!))
            .ToList();

    public (PageView? Previous, PageView? Next) Neighbours(ContentPage page, string language)
    {
        if (page.Section is null) return (null, null);
        var pages = InSection(page.Section, language);
        var index = pages.ToList().FindIndex(v => v.Page.Slug == page.Slug);
        if (index < 0) return (null, null);
        return (index > 0 ? pages[index - 1] : null, index < pages.Count - 1 ? pages[index + 1] : null);
    }

    int SectionOrder(string? sectionId) =>
        sectionId is null ? int.MinValue : Sections.FirstOrDefault(s => s.Id == sectionId)?.Order ?? int.MaxValue;
}
