using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Submissions;

/// <summary>
/// Confirms a resident's email address. Opening the link only shows a button; the button confirms, so a mail
/// scanner that follows every link confirms nobody's address.
/// </summary>
[RequestSizeLimit(4 * 1024)]
public sealed class VerifyModel(CommunityVoiceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    /// <summary>Null while the button is shown; true once confirmed; false for a link that does not work.</summary>
    public bool? Verified { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is null) Refuse();
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var submission = await FindAsync(cancellationToken);
        if (submission is null)
        {
            Refuse();
            return;
        }
        // Every submission from the same address counts as verified once the person proves they read it.
        submission.EmailVerifiedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Verified = true;
    }

    async Task<Submission?> FindAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Token) || Token.Length > 100) return null;
        var hash = SubmitSubmission.HashToken(Token.Trim());
        return await db.Submissions.FirstOrDefaultAsync(s => s.VerificationTokenHash == hash, cancellationToken);
    }

    void Refuse()
    {
        Verified = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
