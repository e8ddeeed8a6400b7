namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// Where one piece of personal data was found: its kind and its position in the original text. It never
/// carries the value itself, so findings can be logged and shown to anyone.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">Index of the first character in the original (unmasked) text.</param>
/// <param name="Length">Number of characters in the original text.</param>
public sealed record PersonalDataFinding(PersonalDataKind Kind, int Start, int Length)
{
    /// <summary>Index just past the last character in the original text.</summary>
    public int End => Start + Length;

    /// <summary>Describes the finding by kind and position only.</summary>
    public override string ToString() => $"{Kind} at {Start} (length {Length})";
}
