using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Core.Ranking;

/// <summary>Staff's rubric for a cluster or use case, each from 1 (low) to 5 (high).</summary>
public sealed record Rubric(int Feasibility, int DataAvailability, int PrivacyRisk)
{
    public string? Problem() =>
        new[] { Feasibility, DataAvailability, PrivacyRisk }.Any(v => v is < 1 or > 5) ? "Each rubric value must be a whole number from 1 to 5." : null;
}

/// <summary>What is ranked: a cluster, or one use case (then a cluster of one).</summary>
public sealed record RankSubject(int Submissions, int Supporters, IReadOnlyList<string?> SubmitterCounties, int Aligned, IReadOnlyList<string> Priorities, Rubric? Rubric);

/// <summary>One part of a score: its raw value in words, its value from 0 to 1, its weight and what it adds.</summary>
public sealed record ScorePart(string Part, string Raw, double Value, double Weight, double Points);

/// <summary>A score from 0 to 100 and every part of it.</summary>
public sealed record ScoreBreakdown(double Total, IReadOnlyList<ScorePart> Parts);

/// <summary>
/// The transparent ranking. Each part is a value from 0 to 1; the score is their weighted mean times 100.
/// Supporters, size and reach are compared with the largest among the things ranked together (on a log scale
/// for supporters and size); equity is the mean weight of the submitters' counties, where a county's weight is
/// its share of the population over its share of submitters (1 at parity, at most 4), halved so parity is 0.5;
/// alignment is the share of submissions that name one of the priorities; the rubric is feasibility, data
/// availability and low privacy or legal risk, from 0 (1, 1, 5) to 1 (5, 5, 1), and 0.5 until staff score it.
/// </summary>
public sealed class Ranker
{
    public const double MinCountyWeight = 0.25, MaxCountyWeight = 4;
    readonly Dictionary<string, (double Weight, string Why)> countyWeights;
    readonly int maxSupporters, maxSubmissions, maxCounties;

    public Ranker(Counties counties, IReadOnlyDictionary<string, int> submittersByCounty, IEnumerable<RankSubject> rankedTogether)
    {
        var subjects = rankedTogether.ToList();
        maxSupporters = Math.Max(1, subjects.Select(s => s.Supporters).DefaultIfEmpty().Max());
        maxSubmissions = Math.Max(1, subjects.Select(s => s.Submissions).DefaultIfEmpty().Max());
        maxCounties = Math.Max(1, subjects.Select(s => Distinct(s.SubmitterCounties)).DefaultIfEmpty().Max());

        var population = (double)Math.Max(1, counties.All.Sum(c => (long)c.Population));
        var submitters = (double)Math.Max(1, submittersByCounty.Values.Sum());
        countyWeights = counties.All.ToDictionary(c => c.Fips, c =>
        {
            var populationShare = c.Population / population;
            var submitterShare = submittersByCounty.GetValueOrDefault(c.Fips) / submitters;
            var weight = submitterShare == 0 ? MaxCountyWeight : Math.Clamp(populationShare / submitterShare, MinCountyWeight, MaxCountyWeight);
            return (weight, $"{c.Name}: {populationShare:P1} of the population, {submitterShare:P1} of submitters");
        });
    }

    /// <summary>The weight of a county's voices, and why (1 for an unknown county).</summary>
    public (double Weight, string Why) CountyWeight(string? fips) =>
        fips is not null && countyWeights.TryGetValue(fips, out var w) ? w : (1, "county not given");

    public ScoreBreakdown Score(RankSubject subject, RankingWeights weights)
    {
        var counties = Distinct(subject.SubmitterCounties);
        var equity = subject.SubmitterCounties.Count == 0 ? 1 : subject.SubmitterCounties.Average(c => CountyWeight(c).Weight);
        var alignment = subject.Submissions == 0 ? 0 : (double)subject.Aligned / subject.Submissions;
        var rubric = subject.Rubric is { } r ? (r.Feasibility + r.DataAvailability + (6 - r.PrivacyRisk) - 3) / 12.0 : 0.5;

        var parts = new List<(string Part, string Raw, double Value, double Weight)>
        {
            (nameof(RankingWeights.Supporters), $"{subject.Supporters} distinct supporters (most: {maxSupporters})", Log(subject.Supporters, maxSupporters), weights.Supporters),
            (nameof(RankingWeights.Size), $"{subject.Submissions} submissions (most: {maxSubmissions})", Log(subject.Submissions, maxSubmissions), weights.Size),
            (nameof(RankingWeights.Reach), $"{counties} counties (most: {maxCounties})", Math.Min(1, (double)counties / maxCounties), weights.Reach),
            (nameof(RankingWeights.Equity), $"mean county weight {equity:0.00} (1 = submitters match the population)", Math.Clamp(equity / 2, 0, 1), weights.Equity),
            (nameof(RankingWeights.Alignment), subject.Priorities.Count == 0 ? "names no priority" : $"{subject.Aligned} of {subject.Submissions} name a priority: {string.Join(", ", subject.Priorities)}", alignment, weights.Alignment),
            (nameof(RankingWeights.Rubric), subject.Rubric is { } s ? $"feasibility {s.Feasibility}, data availability {s.DataAvailability}, privacy or legal risk {s.PrivacyRisk}" : "not scored yet (counts as 0.5)", rubric, weights.Rubric),
        };
        var totalWeight = parts.Sum(p => p.Weight);
        var scored = parts.Select(p => new ScorePart(p.Part, p.Raw, Math.Round(p.Value, 3), p.Weight,
            Math.Round(totalWeight == 0 ? 0 : 100 * p.Weight * p.Value / totalWeight, 1))).ToList();
        return new ScoreBreakdown(Math.Round(scored.Sum(p => p.Points), 1), scored);
    }

    static int Distinct(IReadOnlyList<string?> counties) => counties.Where(c => c is not null).Distinct().Count();

    static double Log(int value, int max) => max <= 0 ? 0 : Math.Log(1 + Math.Max(0, value)) / Math.Log(1 + max);
}
