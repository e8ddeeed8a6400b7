namespace CommunityVoice.Core.Clustering;

public enum DecisionKind { Rename, Move, Merge, Split, Rubric }

/// <summary>
/// A staff decision about clusters, kept and re-applied, in order, on top of every later run. A cluster is
/// named by anchors: up to <see cref="MaxAnchors"/> of its submissions, closest to its centre first. On a new
/// run a decision applies to the cluster holding most of its anchors, so it survives re-clustering.
/// </summary>
public sealed class TriageDecision
{
    public const int MaxAnchors = 200;

    public long Id { get; set; }
    public DecisionKind Kind { get; set; }
    /// <summary>The cluster decided about (Rename, Merge, Rubric), the target (Move) or the submissions split off (Split), comma-separated.</summary>
    public required string Anchors { get; set; }
    /// <summary>The second cluster of a merge.</summary>
    public string? OtherAnchors { get; set; }
    /// <summary>The submission moved.</summary>
    public Guid? SubmissionId { get; set; }
    public string? Name { get; set; }
    public int? Feasibility { get; set; }
    public int? DataAvailability { get; set; }
    public int? PrivacyRisk { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }

    public static string Join(IEnumerable<Guid> ids) => string.Join(',', ids.Take(MaxAnchors));

    public static IReadOnlyList<Guid> Split(string? anchors) =>
        string.IsNullOrEmpty(anchors) ? [] : anchors.Split(',').Select(Guid.Parse).ToList();
}
