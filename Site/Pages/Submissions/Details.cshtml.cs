using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CommunityVoice.Site.Infrastructure.Web;
using CommunityVoice.Site.Localization;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Submissions;

[RequestSizeLimit(8 * 1024)]
public sealed class DetailsModel(CommunityVoiceDbContext db, Counties counties, Priorities priorities, SupportSubmission support, ICaptchaVerifier captcha) : PageModel
{
    public PublishedSubmission Item { get; private set; } = null!;
    public Priorities Priorities => priorities;
    /// <summary>The submission this one was merged into by staff, if it was.</summary>
    public (Guid Id, string Title)? MergedInto { get; private set; }
    /// <summary>Similar submissions staff merged into this one.</summary>
    public IReadOnlyList<(Guid Id, string Title)> AlsoRaisedAs { get; private set; } = [];

    /// <summary>What happened to the last "me too" (counted, pending, already, invalid), shown once after the redirect.</summary>
    [BindProperty(SupportsGet = true)] public string? Supported { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && s.Status == SubmissionStatus.Published, cancellationToken);
        if (submission is null) return NotFound();
        Item = (await SubmissionSearch.ToPublicAsync(db, [submission], counties, cancellationToken))[0];
        if (submission.DuplicateOf is { } primary
            && await db.Submissions.Where(s => s.Id == primary && s.Status == SubmissionStatus.Published).Select(s => s.PublicTitle).FirstOrDefaultAsync(cancellationToken) is { } title)
            MergedInto = (primary, title);
        AlsoRaisedAs = (await db.Submissions.Where(s => s.DuplicateOf == id && s.Status == SubmissionStatus.Published)
            .OrderBy(s => s.PublishedAt).Select(s => new { s.Id, s.PublicTitle }).Take(50).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.PublicTitle)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSupportAsync(Guid id, string? email, string? captchaToken, CancellationToken cancellationToken)
    {
        var language = PathCulture.LanguageOf(HttpContext);
        SupportResult result;
        if (!string.IsNullOrWhiteSpace(email))
        {
            // This form sends email to an address anyone can type: with reCAPTCHA on, a token that fails is refused.
            // No token (JavaScript off) or an unreachable service still goes, within the per-address email limit.
            if (await captcha.VerifyAsync(captchaToken, "support", HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is CaptchaResult.Refused { Reason: not CaptchaRefusal.MissingToken })
                return Redirect(PathCulture.Href(language, $"/submissions/{id}") + "?supported=captcha#cv-support");
            result = await support.ByEmailAsync(id, email, language, token =>
                PathCulture.AbsoluteUrl(HttpContext, language, "/submissions/support/confirm") + "?token=" + token, cancellationToken);
        }
        else
        {
            result = await support.ByClientAsync(id, ClientNetwork.Of(HttpContext), cancellationToken);
        }
        if (result == SupportResult.NotFound) return NotFound();
        var outcome = result switch
        {
            SupportResult.Counted => "counted",
            SupportResult.PendingEmail => "pending",
            SupportResult.InvalidEmail => "invalid",
            _ => "already",
        };
        return Redirect(PathCulture.Href(language, $"/submissions/{id}") + "?supported=" + outcome + "#cv-support");
    }
}
