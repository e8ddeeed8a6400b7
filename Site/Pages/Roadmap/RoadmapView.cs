using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
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

    /// <summary>What became of a submission, as <see cref="SubmissionSearch.Statuses"/> names it.</summary>
    public static string Progress(IStringLocalizer t, string status) =>
        Enum.TryParse<BacklogStatus>(status, out var item) ? Status(t, item) : t["Not on the roadmap yet"];

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

    /// <summary>How many published submissions are behind each item, merged ones included (never who).</summary>
    public static async Task<Dictionary<Guid, int>> VoicesAsync(CommunityVoiceDbContext db, CancellationToken cancellationToken) =>
        (await PublicRoadmap.VoicesAsync(db, cancellationToken)).ToDictionary(g => g.Key, g => g.Count());
}
