namespace CommunityVoice.Core.PersonalData;

/// <summary>The outcome of <see cref="PersonalDataMasker.Mask"/>.</summary>
/// <param name="Text">The text with each finding replaced by a token such as <c>[phone removed]</c>.</param>
/// <param name="Findings">What was masked, in order of position in the original text, never overlapping.</param>
/// <param name="Flags">
/// What the safety net thinks might be personal data although it was not masked (an identifier after "claim",
/// a house number before a road, a capitalised word beside "my neighbor"); positions in the original text.
/// </param>
public sealed record MaskResult(string Text, IReadOnlyList<PersonalDataFinding> Findings, IReadOnlyList<PersonalDataFlag> Flags)
{
    /// <summary>True when something was masked.</summary>
    public bool Changed => Findings.Count > 0;

    /// <summary>True when a person should read the text before it is public: something was masked or flagged.</summary>
    public bool NeedsReview => Findings.Count > 0 || Flags.Count > 0;
}
