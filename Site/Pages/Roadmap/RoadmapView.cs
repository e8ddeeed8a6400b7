using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityVoice.Site.Pages.Roadmap;

/// <summary>What the public roadmap pages share: status and horizon words in the reader's language, and counts of voices.</summary>
public static class RoadmapView
{
    public static string Status(IStringLocalizer t, BacklogStatus status) => status switch
    {
        BacklogStatus.Proposed => t["Proposed"],
        BacklogStatus.Accepted => t["Accepted"],
        BacklogStatus.Planned => t["Planned"],
        BacklogStatus.InProgress => t["In progress"],
        BacklogStatus.Delivered => t["Delivered"],
        _ => t["Declined"],
    };

    public static string Horizon(IStringLocalizer t, Horizon horizon) => horizon switch
    {
        Core.Roadmap.Horizon.QuickWin => t["Quick win"],
        Core.Roadmap.Horizon.MediumTerm => t["Medium term"],
        _ => t["Long term"],
    };

    public static string Review(IStringLocalizer t, PrivacyReview review) => review switch
    {
        PrivacyReview.NotStarted => t["Not started"],
        PrivacyReview.InReview => t["Under review"],
        PrivacyReview.Cleared => t["Cleared"],
        _ => t["Concerns found"],
    };

    /// <summary>Published submissions behind each item, counting those merged into them: never who, only how many.</summary>
    public static async Task<Dictionary<Guid, int>> VoicesAsync(CommunityVoiceDbContext db, CancellationToken cancellationToken)
    {
        var links = await db.BacklogSubmissions.Join(db.Submissions.Where(s => s.Status == SubmissionStatus.Published),
            l => l.SubmissionId, s => s.Id, (l, s) => new { l.ItemId, s.Id }).ToListAsync(cancellationToken);
        var ids = links.Select(l => l.Id).ToList();
        var merged = await db.Submissions.Where(s => s.DuplicateOf != null && ids.Contains(s.DuplicateOf.Value) && s.Status == SubmissionStatus.Published)
            .GroupBy(s => s.DuplicateOf!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return links.GroupBy(l => l.ItemId).ToDictionary(g => g.Key, g => g.Sum(l => 1 + merged.GetValueOrDefault(l.Id)));
    }
}
