using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Content;

public class TranslationFallbackTests
{
    [Fact]
    public async Task AnUntranslatedPageShowsTheEnglishTextMarkedAsEnglishWithANoteInSpanish()
    {
        using var content = TempFolder.CopyOfContent();
        File.Delete(Path.Combine(content.Path, "pages", "governance.es.md"));
        await using var site = new SiteFactory(content.Path);

        var html = await site.CreateClient().GetStringAsync("/es/governance");

        Assert.Contains("<html lang=\"es\"", html);
        Assert.Contains("Esta página aún no está traducida al español", html);
        Assert.Contains("<article class=\"usa-prose cv-page\" lang=\"en\">", html);
        Assert.Contains("<h1>Who decides</h1>", html);
        Assert.Contains("Saltar al contenido principal", html);
    }
}
