using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityVoice.Site.Pages.Submissions;

/// <summary>Counts a "me too" by email. Opening the link shows a button and the button counts it (mail scanners open links).</summary>
[RequestSizeLimit(4 * 1024)]
public sealed class SupportConfirmModel(SupportSubmission support) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    /// <summary>Null while the button is shown; true once counted; false for a link that does not work.</summary>
    public bool? Confirmed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await support.IsPendingOrCountedAsync(Token, cancellationToken)) Refuse();
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (await support.ConfirmAsync(Token, cancellationToken) == SupportResult.Counted) Confirmed = true;
        else Refuse();
    }

    void Refuse()
    {
        Confirmed = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
