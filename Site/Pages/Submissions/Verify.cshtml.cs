using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Submissions;

public sealed class VerifyModel(CommunityVoiceDbContext db, TimeProvider clock) : PageModel
{
    public bool Verified { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var hash = SubmitSubmission.HashToken(token.Trim());
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.VerificationTokenHash == hash, cancellationToken);
        if (submission is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // Every submission from the same address counts as verified once the person proves they read it.
        submission.EmailVerifiedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Verified = true;
    }
}
