using CommunityVoice.Core.Privacy;
using CommunityVoice.Site.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityVoice.Site.Pages.Privacy;

/// <summary>
/// A resident asks for a link to their data by email. Every valid address gets the same answer, so the page
/// never tells anyone whether an address is known.
/// </summary>
[RequestSizeLimit(4 * 1024)]
public sealed class MyDataModel(RequestDataLink request, IStringLocalizer<SharedResource> T) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }
    public string Language => PathCulture.LanguageOf(HttpContext);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var language = Language;
        var error = await request.HandleAsync(Email, language,
            token => PathCulture.AbsoluteUrl(HttpContext, language, "/my-data/access") + "?token=" + Uri.EscapeDataString(token), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Email), T[error.Template]);
            Sent = false;
            return Page();
        }
        return Redirect(PathCulture.Href(language, "/my-data?sent=true"));
    }
}
