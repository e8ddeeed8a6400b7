using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Core.Roadmap;

/// <summary>A county's share of the residents taking part against its share of the state's population.</summary>
public sealed record CountyShare(string County, int Submissions, double SubmitterShare, double PopulationShare);

/// <summary>Who is taking part, counted (never named): by county against population, and over time.</summary>
public static class Participation
{
    /// <summary>Every county of the state, with the published submissions that named it.</summary>
    public static IReadOnlyList<CountyShare> ByCounty(Counties counties, IEnumerable<string?> submissionCounties)
    {
        var counts = submissionCounties.Where(c => c is not null).GroupBy(c => c!).ToDictionary(g => g.Key, g => g.Count());
        var total = Math.Max(1, counts.Values.Sum());
        var population = (double)Math.Max(1, counties.All.Sum(c => (long)c.Population));
        return counties.All.Select(c => new CountyShare(c.Name, counts.GetValueOrDefault(c.Fips),
            (double)counts.GetValueOrDefault(c.Fips) / total, c.Population / population)).ToList();
    }

    /// <summary>How many in each period, oldest first, with empty periods in between kept (as 0).</summary>
    public static IReadOnlyList<(DateOnly Start, int Count)> Over(IEnumerable<DateTimeOffset> times, Func<DateOnly, DateOnly> periodOf, Func<DateOnly, DateOnly> next)
    {
        var counts = times.GroupBy(t => periodOf(DateOnly.FromDateTime(t.UtcDateTime))).ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0) return [];
        var result = new List<(DateOnly, int)>();
        for (var p = counts.Keys.Min(); p <= counts.Keys.Max(); p = next(p)) result.Add((p, counts.GetValueOrDefault(p)));
        return result;
    }

    public static DateOnly Week(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);
}
