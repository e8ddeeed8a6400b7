using System.Text.Json;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityVoice.Site.Pages.Roadmap;

/// <summary>The public progress dashboard: submissions over time, residents by county against population, roadmap items by status.</summary>
public sealed class DashboardModel(CommunityVoiceDbContext db, Counties counties, IStringLocalizer<SharedResource> t) : PageModel
{
    public int Published { get; private set; }
    public int CountiesTakingPart { get; private set; }
    public int Delivered { get; private set; }
    public IReadOnlyList<(DateOnly Month, int Count)> Months { get; private set; } = [];
    public IReadOnlyList<CountyShare> ByCounty { get; private set; } = [];
    public IReadOnlyList<(BacklogStatus Status, int Count)> ByStatus { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var published = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published)
            .Select(s => new { s.PublishedAt, s.CreatedAt, s.CountyFips }).ToListAsync(cancellationToken);
        Published = published.Count;
        Months = Participation.Over(published.Select(s => s.PublishedAt ?? s.CreatedAt), Participation.Month, m => m.AddMonths(1));
        ByCounty = Participation.ByCounty(counties, published.Select(s => s.CountyFips));
        CountiesTakingPart = ByCounty.Count(c => c.Submissions > 0);
        var statuses = await db.BacklogItems.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        ByStatus = Enum.GetValues<BacklogStatus>().Select(s => (s, statuses.GetValueOrDefault(s))).ToList();
        Delivered = statuses.GetValueOrDefault(BacklogStatus.Delivered);
    }

    public string Json => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["cv-chart-months"] = new
        {
            type = "line", labels = Months.Select(m => m.Month.ToString("yyyy-MM")),
            datasets = new object[] { new { label = t["Published submissions"].Value, data = Months.Select(m => m.Count), color = "#005ea2" } },
        },
        ["cv-chart-counties"] = new
        {
            type = "bar", labels = ByCounty.Select(c => c.County),
            datasets = new object[]
            {
                new { label = t["Share of residents taking part (%)"].Value, data = ByCounty.Select(c => Math.Round(c.SubmitterShare * 100, 2)), color = "#005ea2" },
                new { label = t["Share of the population (%)"].Value, data = ByCounty.Select(c => Math.Round(c.PopulationShare * 100, 2)), color = "#00a91c" },
            },
        },
        ["cv-chart-statuses"] = new
        {
            type = "bar", labels = ByStatus.Select(s => RoadmapView.Status(t, s.Status)),
            datasets = new object[] { new { label = t["Roadmap items"].Value, data = ByStatus.Select(s => s.Count), color = "#005ea2" } },
        },
    });
}
