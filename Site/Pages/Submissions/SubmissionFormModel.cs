using System.Globalization;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityVoice.Site.Pages.Submissions;

/// <summary>What the question form (/ask) and the use-case form (/propose) share: binding, screening signals, post/redirect/get.</summary>
[RequestSizeLimit(SubmissionFormModel.MaxRequestBytes)]
public abstract class SubmissionFormModel(SubmitSubmission submit, SimilarSubmissions similar, Counties counties, IDataProtectionProvider protection,
    TimeProvider clock, IStringLocalizer<SharedResource> T) : PageModel
{
    public const int MaxRequestBytes = 64 * 1024;
    readonly IDataProtector issuedProtector = protection.CreateProtector("CommunityVoice.Submissions.FormIssued");

    [BindProperty] public SubmissionFormInput Input { get; set; } = new();

    /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
    [BindProperty] public string? Website { get; set; }

    /// <summary>The reCAPTCHA v3 token, filled in by script when <c>Captcha:Provider=Recaptcha</c>.</summary>
    [BindProperty] public string? CaptchaToken { get; set; }

    /// <summary>When the form was shown, protected so it cannot be forged; used for the minimum fill time.</summary>
    [BindProperty] public string? Issued { get; set; }

    public abstract SubmissionKind Kind { get; }

    /// <summary>Set after "check for similar" (the step that works without JavaScript).</summary>
    public IReadOnlyList<SimilarSubmission>? Similar { get; private set; }
    public IReadOnlyList<County> CountyList => counties.All;
    public string Language => PathCulture.LanguageOf(HttpContext);

    public void OnGet() => Issued = issuedProtector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Redisplay();

        var context = new SubmissionContext(Language, "web", FillTime(), HoneypotFilled: !string.IsNullOrEmpty(Website),
            CaptchaToken: CaptchaToken, CaptchaAction: Kind == SubmissionKind.UseCase ? "propose" : "ask",
            RemoteIp: HttpContext.Connection.RemoteIpAddress?.ToString());
        var result = await submit.HandleAsync(Input.ToInput(Kind), context, VerifyUrl, cancellationToken);
        switch (result)
        {
            case SubmitResult.Accepted accepted:
                return Redirect(PathCulture.Href(Language, $"/submissions/received?id={accepted.Id}&held={(accepted.Status == SubmissionStatus.Held).ToString().ToLowerInvariant()}"));
            case SubmitResult.Invalid invalid:
                foreach (var (field, error) in invalid.Errors)
                    ModelState.AddModelError(field is nameof(SubmissionInput.Kind) ? "" : $"{nameof(Input)}.{field}", Localise(error));
                return Redisplay();
            default:
                ModelState.AddModelError("", T["We could not accept this form. If you are a person, please wait a moment and send it again."]);
                return Redisplay();
        }
    }

    /// <summary>Shows published submissions like this one before it is sent, keeping everything typed.</summary>
    public async Task<IActionResult> OnPostSimilarAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Similar = await similar.FindAsync($"{Input.Title} {Input.Body}", cancellationToken, Language);
        return Redisplay();
    }

    IActionResult Redisplay()
    {
        Issued ??= issuedProtector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));
        return Page();
    }

    string Localise(FieldError error) =>
        T[error.Template, error.Args.Select(a => a is string s ? T[s].Value : a).ToArray()];

    TimeSpan? FillTime()
    {
        try
        {
            var ticks = long.Parse(issuedProtector.Unprotect(Issued ?? ""), CultureInfo.InvariantCulture);
            return clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            // Missing or forged: treat it as instant, so the submission is held for a person to look at.
            return TimeSpan.Zero;
        }
    }

    string VerifyUrl(string token) => PathCulture.AbsoluteUrl(HttpContext, Language, "/submissions/verify") + "?token=" + token;
}
