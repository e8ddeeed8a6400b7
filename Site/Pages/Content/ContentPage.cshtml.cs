using CommunityVoice.Core.Content;
using CommunityVoice.Site.Infrastructure.Content;
using CommunityVoice.Site.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityVoice.Site.Pages.Content;

[OutputCache(PolicyName = ContentLifetime.Policy)]
public sealed class ContentPageModel(IContentSource content, ContentPlaceholders placeholders) : PageModel
{
    public required PageView View { get; set; }
    public required ContentSnapshot Snapshot { get; set; }
    public string Language { get; private set; } = SiteLanguages.Default;

    public IActionResult OnGet(string? slug)
    {
        Language = PathCulture.LanguageOf(HttpContext);
        slug = slug?.Trim('/');
        if (slug == ContentPage.HomeSlug) return RedirectPermanent(PathCulture.Href(Language, "/"));
        Snapshot = content.Current;
        var view = Snapshot.Find(string.IsNullOrEmpty(slug) ? ContentPage.HomeSlug : slug, Language);
        if (view is null) return NotFound();
        View = view;
        return Page();
    }

    /// <summary>The page body with configured values filled in; they are fixed at start, so the output cache stays right.</summary>
    public string BodyHtml => placeholders.Apply(View.Page.Html);

    public string Href(ContentPage page) => PathCulture.Href(Language, page.Path);
}
