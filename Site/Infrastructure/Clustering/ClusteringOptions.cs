using CommunityVoice.Core.Clustering;

namespace CommunityVoice.Site.Infrastructure.Clustering;

/// <summary>The <c>Clustering</c> configuration section.</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Clustering";

    /// <summary><c>MiniLm</c> (sentence vectors, stored once per submission) or <c>Tfidf</c> (no model, computed per run).</summary>
    public Featurizer Featurizer { get; set; } = Featurizer.MiniLm;
    /// <summary>Cosine similarity from which a submission is linked to an earlier one as a near-duplicate.</summary>
    public double DuplicateThreshold { get; set; } = 0.8;
    /// <summary>Start a run by itself every this many hours (0: only when staff start one).</summary>
    public double ScheduleHours { get; set; }
    /// <summary>How often the background workers look for new work, in seconds.</summary>
    public double PollSeconds { get; set; } = 2;
    public int KMin { get; set; } = 2;
    public int KMax { get; set; } = 20;
    public int Restarts { get; set; } = 3;
    public int Seed { get; set; } = 42;

    public ClusteringSettings Settings(int? k) => new() { K = k, KMin = KMin, KMax = KMax, Restarts = Restarts, Seed = Seed };

    public static IEnumerable<string> Validate(ClusteringOptions o)
    {
        if (o.DuplicateThreshold is <= 0 or > 1) yield return $"{Section}:DuplicateThreshold must be above 0 and at most 1 (got {o.DuplicateThreshold}).";
        if (o.ScheduleHours < 0) yield return $"{Section}:ScheduleHours must be 0 (off) or more (got {o.ScheduleHours}).";
        if (o.PollSeconds is <= 0 or > 3600) yield return $"{Section}:PollSeconds must be above 0 and at most 3600 (got {o.PollSeconds}).";
        if (o.KMin < 2 || o.KMax < o.KMin || o.KMax > 100) yield return $"{Section}:KMin and KMax must satisfy 2 ≤ KMin ≤ KMax ≤ 100 (got {o.KMin} and {o.KMax}).";
        if (o.Restarts is < 1 or > 20) yield return $"{Section}:Restarts must be from 1 to 20 (got {o.Restarts}).";
    }
}
