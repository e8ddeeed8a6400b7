using System.Text.Json;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Triage;

/// <summary>Charts for staff (Chart.js, served from this site), each with the same figures as a table.</summary>
public sealed class ChartsModel(CommunityVoiceDbContext db, TriageBoard board, Counties counties) : PageModel
{
    public sealed record ClusterBar(string Title, int Size, double Score);
    public sealed record CountyBar(string County, int Submitters, double SubmitterShare, double PopulationShare);

    public IReadOnlyList<ClusterBar> Clusters { get; private set; } = [];
    public IReadOnlyList<(string Week, int Count)> Weeks { get; private set; } = [];
    public IReadOnlyList<CountyBar> ByCounty { get; private set; } = [];

    public string Json => JsonSerializer.Serialize(new
    {
        clusters = Clusters.Select(c => new { label = c.Title, size = c.Size, score = c.Score }),
        weeks = Weeks.Select(w => new { label = w.Week, count = w.Count }),
        counties = ByCounty.Select(c => new { label = c.County, submitters = Math.Round(c.SubmitterShare * 100, 2), population = Math.Round(c.PopulationShare * 100, 2) }),
    });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await board.LoadAsync(cancellationToken);
        Clusters = current.Clusters.Take(30).Select(c => new ClusterBar(c.Title, c.Members.Count, c.Score.Total)).ToList();

        var published = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published)
            .Select(s => new { s.CreatedAt, s.CountyFips }).ToListAsync(cancellationToken);
        Weeks = published.GroupBy(s => WeekOf(s.CreatedAt)).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString("yyyy-MM-dd"), g.Count())).ToList();

        var withCounty = published.Where(s => s.CountyFips is not null).GroupBy(s => s.CountyFips!).ToDictionary(g => g.Key, g => g.Count());
        var totalSubmitters = Math.Max(1, withCounty.Values.Sum());
        var population = (double)Math.Max(1, counties.All.Sum(c => (long)c.Population));
        ByCounty = counties.All.Select(c => new CountyBar(c.Name, withCounty.GetValueOrDefault(c.Fips),
            (double)withCounty.GetValueOrDefault(c.Fips) / totalSubmitters, c.Population / population)).ToList();
    }

    static DateOnly WeekOf(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7)); // the Monday
    }
}
