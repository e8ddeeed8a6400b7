using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Core.Moderation;

/// <summary>One field of a submission as staff review it: the original text and what was masked and flagged in it.</summary>
/// <param name="Field">"Title", "Body", "Affected", "Outcome" or "Agencies".</param>
/// <param name="Original">The resident's text; every finding and flag position points into it.</param>
/// <param name="Result">The masked text to prefill, the findings, and the safety net's flags.</param>
public sealed record FieldReview(string Field, string Original, MaskResult Result)
{
    /// <summary>The fields of <paramref name="submission"/> that have text, each masked and screened.</summary>
    public static IReadOnlyList<FieldReview> Of(PersonalDataMasker masker, Submission submission)
    {
        var fields = new (string Name, string? Text)[]
        {
            ("Title", submission.Title), ("Body", submission.Body), ("Affected", submission.Affected),
            ("Outcome", submission.Outcome), ("Agencies", submission.Agencies),
        };
        return fields.Where(f => !string.IsNullOrEmpty(f.Text)).Select(f => new FieldReview(f.Name, f.Text!, masker.Mask(f.Text))).ToList();
    }
}
