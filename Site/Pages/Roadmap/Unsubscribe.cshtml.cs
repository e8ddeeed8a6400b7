using CommunityVoice.Core.Roadmap;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityVoice.Site.Pages.Roadmap;

/// <summary>
/// Stops "you said, we did" emails to one address, without an account. Opening the link shows a button; the
/// button does it (so a mail scanner that follows links does not unsubscribe anyone).
/// </summary>
[RequestSizeLimit(4 * 1024)]
public sealed class UnsubscribeModel(ManageBacklog manage) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public bool? Done { get; private set; }

    public void OnGet() { }

    public async Task OnPostAsync(CancellationToken cancellationToken) => Done = await manage.UnsubscribeAsync(Token, cancellationToken);
}
