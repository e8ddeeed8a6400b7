namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// Finds one kind of personal data. Detectors run in order and see what the earlier ones found (the name detector
/// looks just before phone numbers and addresses), so a new kind is one class added to the masker's list.
/// </summary>
/// <remarks>An implementation must be thread-safe, must not throw on any input, and must stay linear in the text.</remarks>
public interface IPersonalDataDetector
{
    /// <summary>Adds a <see cref="Candidate"/> to <paramref name="found"/> for each span it detects in <paramref name="text"/>.</summary>
    void Find(string text, DetectionContext context, List<Candidate> found);
}
