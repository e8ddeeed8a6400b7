namespace CommunityVoice.Core.Clustering;

/// <summary>
/// A submission's public (masked) text as a sentence vector, computed once in the background after it is
/// stored. <see cref="TextHash"/> tells when staff edited the public text and the vector must be made again.
/// </summary>
public sealed class SubmissionVector
{
    public Guid SubmissionId { get; set; }
    public required string Model { get; set; }
    public required byte[] Vector { get; set; }
    public required string TextHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
