namespace CommunityVoice.Core.Content;

/// <summary>A page as shown to a reader of one language; <see cref="IsFallback"/> when it is the English text shown because no translation exists.</summary>
public sealed record PageView(ContentPage Page, string RequestedLanguage)
{
    public bool IsFallback => Page.Language != RequestedLanguage;
}
