using CommunityVoice.Core.Moderation;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityVoice.Site.Pages.Staff;

/// <summary>What staff pages share: who is acting, what they may do, and the message after an action.</summary>
public abstract class StaffPageModel(IAuthorizationService authorization) : PageModel
{
    [TempData] public string? Message { get; set; }
    [TempData] public string? Error { get; set; }
    public bool CanTriage { get; private set; }
    public bool CanAdminister { get; private set; }

    protected string Actor => User.Identity?.Name ?? "unknown";

    protected async Task LoadRolesAsync()
    {
        CanTriage = (await authorization.AuthorizeAsync(User, StaffRoles.CanTriage)).Succeeded;
        CanAdminister = (await authorization.AuthorizeAsync(User, StaffRoles.CanAdminister)).Succeeded;
    }

    /// <summary>Runs a staff action if the role allows it, then shows its outcome on the page it redirects to.</summary>
    protected async Task<IActionResult> ActAsync(string policy, Func<Task<ModerationResult>> action, string done, Func<IActionResult>? redirect = null)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded) return Forbid();
        // A value that could not be read (a status or number the form never offers) would bind as its default
        // and act on it: refuse the whole action instead, naming the fields.
        if (!ModelState.IsValid)
        {
            Error = "Nothing was changed: these fields were not understood: " +
                string.Join(", ", ModelState.Where(f => f.Value?.Errors.Count > 0).Select(f => f.Key).Order(StringComparer.Ordinal)) + ".";
            return redirect?.Invoke() ?? RedirectToPage();
        }
        var result = await action();
        if (result.Succeeded) Message = done;
        else Error = result.Error;
        return redirect?.Invoke() ?? RedirectToPage();
    }
}
