namespace CommunityVoice.Core.Content;

/// <summary>A group of pages shown as one item of the main navigation.</summary>
public sealed record Section(string Id, int Order, IReadOnlyDictionary<string, string> Titles)
{
    public string TitleIn(string language) =>
        Titles.TryGetValue(language, out var title) ? title : Titles.GetValueOrDefault(SiteLanguages.Default, Id);
}
