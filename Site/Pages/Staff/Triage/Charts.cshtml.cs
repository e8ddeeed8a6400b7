using System.Text.Json;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Triage;

/// <summary>Charts for staff (Chart.js, served from this site), each with the same figures as a table.</summary>
public sealed class ChartsModel(CommunityVoiceDbContext db, TriageBoard board, Counties counties) : PageModel
{
    public sealed record ClusterBar(string Title, int Size, double Score);

    public IReadOnlyList<ClusterBar> Clusters { get; private set; } = [];
    public IReadOnlyList<(string Week, int Count)> Weeks { get; private set; } = [];
    public IReadOnlyList<CountyShare> ByCounty { get; private set; } = [];

    public string Json => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["cv-chart-clusters"] = new
        {
            type = "bar", labels = Clusters.Select(c => c.Title),
            datasets = new object[]
            {
                new { label = "Submissions", data = Clusters.Select(c => c.Size), color = "#005ea2", axis = "size" },
                new { label = "Score", data = Clusters.Select(c => c.Score), color = "#e5a000", axis = "score" },
            },
            axes = new object[] { new { id = "size" }, new { id = "score", position = "right", max = 100 } },
        },
        ["cv-chart-weeks"] = new
        {
            type = "line", labels = Weeks.Select(w => w.Week),
            datasets = new object[] { new { label = "Published submissions", data = Weeks.Select(w => w.Count), color = "#005ea2" } },
        },
        ["cv-chart-counties"] = new
        {
            type = "bar", labels = ByCounty.Select(c => c.County),
            datasets = new object[]
            {
                new { label = "Share of submitters (%)", data = ByCounty.Select(c => Math.Round(c.SubmitterShare * 100, 2)), color = "#005ea2" },
                new { label = "Share of population (%)", data = ByCounty.Select(c => Math.Round(c.PopulationShare * 100, 2)), color = "#00a91c" },
            },
        },
    });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await board.LoadAsync(cancellationToken);
        Clusters = current.Clusters.Take(30).Select(c => new ClusterBar(c.Title, c.Members.Count, c.Score.Total)).ToList();

        var published = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published)
            .Select(s => new { s.CreatedAt, s.CountyFips }).ToListAsync(cancellationToken);
        Weeks = Participation.Over(published.Select(s => s.CreatedAt), Participation.Week, w => w.AddDays(7))
            .Select(w => (w.Start.ToString("yyyy-MM-dd"), w.Count)).ToList();
        ByCounty = Participation.ByCounty(counties, published.Select(s => s.CountyFips));
    }
}
