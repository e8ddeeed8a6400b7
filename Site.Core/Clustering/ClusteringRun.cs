namespace CommunityVoice.Core.Clustering;

public enum RunStatus { Queued, Running, Succeeded, Failed }

/// <summary>
/// One clustering run, kept for good: how it was made (featurizer, settings, k and why, seed), on how many
/// submissions, how good it is (silhouette, Davies–Bouldin), how long it took, and why it failed if it did.
/// </summary>
public sealed class ClusteringRun
{
    public long Id { get; set; }
    public RunStatus Status { get; set; }
    public required string Featurizer { get; set; }
    /// <summary>The <see cref="ClusteringSettings"/> as JSON.</summary>
    public required string Settings { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long? DurationMs { get; set; }
    /// <summary>0 to 1, with what the run is doing now.</summary>
    public double Progress { get; set; }
    public string? Stage { get; set; }
    public int SubmissionCount { get; set; }
    public int? K { get; set; }
    public string? KChoice { get; set; }
    public int Seed { get; set; }
    public double? Silhouette { get; set; }
    public double? DaviesBouldin { get; set; }
    public string? Error { get; set; }
    /// <summary>Something staff should know about a run that succeeded (submissions still waiting for vectors).</summary>
    public string? Note { get; set; }
}

/// <summary>A cluster as a run found it, before staff decisions are applied.</summary>
public sealed class RunCluster
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public int Number { get; set; }
    /// <summary>The label words, joined by " · ".</summary>
    public required string Terms { get; set; }
}

/// <summary>Which cluster of a run a submission fell in, and how close it is to the cluster's centre (cosine).</summary>
public sealed class RunMember
{
    public long RunId { get; set; }
    public Guid SubmissionId { get; set; }
    public int Number { get; set; }
    public double Similarity { get; set; }
}
