using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
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
public sealed class MyDataModel(RequestDataLink request, ICaptchaVerifier captcha, IStringLocalizer<SharedResource> T) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }

    /// <summary>The reCAPTCHA v3 token, filled in by script when <c>Captcha:Provider=Recaptcha</c>.</summary>
    [BindProperty] public string? CaptchaToken { get; set; }
    public string Language => PathCulture.LanguageOf(HttpContext);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var language = Language;
        // This form sends email to an address anyone can type: with reCAPTCHA on, a token that fails is refused.
        // No token (JavaScript off) or an unreachable service still goes, within the per-address email limit.
        if (await captcha.VerifyAsync(CaptchaToken, "mydata", HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is CaptchaResult.Refused { Reason: not CaptchaRefusal.MissingToken })
        {
            ModelState.AddModelError("", T["We could not check that you are a person. Please wait a moment and try again."]);
            return Page();
        }
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
