namespace CommunityVoice.Core.Clustering;

/// <summary>
/// A submission's public (masked) text as a sentence vector, computed once in the background after it is
/// stored; deleted (and so made again) when staff edit the public text.
/// </summary>
public sealed class SubmissionVector
{
    public Guid SubmissionId { get; set; }
    public required string Model { get; set; }
    public required byte[] Vector { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The most similar submission stored before this one, when it is close enough to be a near-duplicate.</summary>
    public Guid? NearDuplicateOf { get; set; }
    public double? NearDuplicateSimilarity { get; set; }
}
