using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Site.Hosting;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Roadmap;

/// <summary>One backlog item for staff: edit it, move it through its statuses, read its whole history.</summary>
public sealed class ItemModel(CommunityVoiceDbContext db, ManageBacklog manage, IAuthorizationService authorization) : StaffPageModel(authorization)
{
    public BacklogItem Item { get; private set; } = null!;
    public IReadOnlyList<BacklogChange> History { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Submissions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRolesAsync();
        if (await db.BacklogItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } item) return NotFound();
        Item = item;
        History = await db.BacklogChanges.AsNoTracking().Where(c => c.ItemId == id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        Submissions = (await db.BacklogSubmissions.Where(l => l.ItemId == id)
                .Join(db.Submissions, l => l.SubmissionId, s => s.Id, (l, s) => new { s.Id, s.PublicTitle }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.PublicTitle)).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(Guid id, int version, string? title, string? problem, string? agencies, string? datasets, bool dataNotCollectedYet,
        PrivacyReview privacyReview, string? owner, Horizon horizon, int priority, string? why, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => manage.EditAsync(id, version,
            new BacklogEdit(title, problem, agencies, datasets, dataNotCollectedYet, privacyReview, owner, horizon, priority), why, Actor, cancellationToken),
            "Saved.", () => RedirectToPage(new { id }));

    public Task<IActionResult> OnPostStatusAsync(Guid id, int version, BacklogStatus status, string? reason, string? whatChanged, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.CanTriage, () => manage.ChangeStatusAsync(id, version, status, reason, whatChanged, Actor, HttpContext.RoadmapLinks(), cancellationToken),
            "Status changed; residents who asked to hear back will get an email.", () => RedirectToPage(new { id }));
}
