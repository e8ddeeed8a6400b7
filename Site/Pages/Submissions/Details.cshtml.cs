using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Submissions;

public sealed class DetailsModel(CommunityVoiceDbContext db, Counties counties) : PageModel
{
    public PublishedSubmission Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && s.Status == SubmissionStatus.Published, cancellationToken);
        if (submission is null) return NotFound();
        Item = SubmissionSearch.ToPublic(submission, counties);
        return Page();
    }
}
