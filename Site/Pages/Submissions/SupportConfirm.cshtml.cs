using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityVoice.Site.Pages.Submissions;

public sealed class SupportConfirmModel(SupportSubmission support) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        Confirmed = await support.ConfirmAsync(token, cancellationToken) == SupportResult.Counted;
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
