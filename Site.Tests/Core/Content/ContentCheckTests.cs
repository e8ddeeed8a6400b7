using CommunityVoice.Core.Content;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.Content;

/// <summary>The published content itself: fails naming file and line when an author breaks something.</summary>
public class ContentCheckTests
{
    readonly ContentSnapshot snapshot = Repo.LoadContent();

    [Fact]
    public void EveryContentFileIsValid()
    {
        Assert.True(snapshot.Errors.Count == 0, "Content problems:\n" + string.Join('\n', snapshot.Errors.Select(e => "content/" + e)));
    }

    [Fact]
    public void TheVisionHasAtLeastEightPagesAndAHomePageInEachLanguage()
    {
        Assert.True(snapshot.Pages.Count(p => p.Language == "en") >= 8);
        foreach (var language in SiteLanguages.All)
            Assert.False(snapshot.Find(ContentPage.HomeSlug, language)!.IsFallback);
    }

    [Fact]
    public void EverySpanishPageTranslatesAnEnglishOne()
    {
        var english = snapshot.Pages.Where(p => p.Language == "en").Select(p => p.Slug).ToHashSet();
        Assert.All(snapshot.Pages.Where(p => p.Language == "es"), p => Assert.Contains(p.Slug, english));
    }
}
