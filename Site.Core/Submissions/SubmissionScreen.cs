using System.Text.RegularExpressions;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// Spam and abuse heuristics applied before anything is public. A bot that fills the hidden honeypot field is
/// refused; anything merely suspicious is kept and held for a person to look at, never silently dropped.
/// </summary>
public static partial class SubmissionScreen
{
    public static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(3);
    public const int MaxLinks = 2;

    [GeneratedRegex(@"(https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"(.)\1{19,}|\b(\w+)\b(?:\W+\2\b){9,}", RegexOptions.IgnoreCase)]
    private static partial Regex Repetition();

    // An opening or closing tag (<b>, </p>, <img src=…>), not a lone "<" as in "< 5 years".
    [GeneratedRegex(@"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    /// <returns>Reasons to hold the submission for review; empty when it can be published.</returns>
    public static IReadOnlyList<string> HoldReasons(string allText, TimeSpan? fillTime, bool sameTextRecently)
    {
        var reasons = new List<string>();
        if (fillTime is { } elapsed && elapsed < MinimumFillTime)
            reasons.Add("sent faster than a person can type");
        if (Link().Count(allText) > MaxLinks)
            reasons.Add($"more than {MaxLinks} links");
        // Residents write words, not tags; markup is shown as text anyway, but a person should see it first.
        if (Markup().IsMatch(allText))
            reasons.Add("HTML or script markup");
        if (Repetition().IsMatch(allText))
            reasons.Add("repeated text");
        if (sameTextRecently)
            reasons.Add("same text as a recent submission");
        return reasons;
    }
}
