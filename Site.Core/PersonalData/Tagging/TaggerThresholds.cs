namespace CommunityVoice.Core.PersonalData.Tagging;

/// <summary>When the learned tagger acts on a text.</summary>
/// <param name="Mask">The probability of one kind at which a token is masked as that kind.</param>
/// <param name="Hold">The probability that a token is personal data (of any kind) at which the text is held.</param>
/// <remarks>
/// The defaults were chosen by training on all but one tuning author and scoring the one left out, for each author
/// in turn, then reported once on the held-out authors (BENCHMARKS.md, "Personal-data masker").
/// </remarks>
public sealed record TaggerThresholds(float Mask, float Hold)
{
    /// <summary>The shipped thresholds.</summary>
    public static TaggerThresholds Default { get; } = new(0.7f, 0.7f);
}
