namespace CommunityVoice.Core.Submissions;

/// <summary>A county of the state, with its population: the baseline for who is taking part.</summary>
public sealed record County(string Fips, string Name, int Population);

/// <summary>The state's counties, read from <c>content/data/counties.csv</c> (fips,county,population_2019).</summary>
public sealed class Counties(IReadOnlyList<County> all)
{
    readonly Dictionary<string, County> byKey = all
        .SelectMany(c => new[] { (c.Fips, c), (c.Name.ToLowerInvariant(), c), (c.Name.Replace(" County", "").ToLowerInvariant(), c) })
        .DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.c);

    public IReadOnlyList<County> All { get; } = all.OrderBy(c => c.Name).ToList();

    /// <summary>By FIPS code ("35001") or name ("Bernalillo County", "bernalillo").</summary>
    public County? Find(string? key) =>
        key is null ? null : byKey.GetValueOrDefault(key.Trim()) ?? byKey.GetValueOrDefault(key.Trim().ToLowerInvariant());

    public static Counties Parse(string csv)
    {
        var counties = new List<County>();
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length >= 3 && int.TryParse(parts[2], out var population))
                counties.Add(new County(parts[0], parts[1], population));
        }
        return new Counties(counties);
    }
}
