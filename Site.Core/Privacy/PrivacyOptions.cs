using System.ComponentModel.DataAnnotations;

namespace CommunityVoice.Core.Privacy;

/// <summary>How long residents' contact details and original texts are kept (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Days an email address (and what only makes sense with it) is kept. Two years: a roadmap item can take that
    /// long, and residents asked to hear what became of what they said.
    /// </summary>
    [Range(1, 36500, ErrorMessage = "Privacy:RetainContactDays must be a whole number of days from 1 to 36500.")]
    public int RetainContactDays { get; set; } = 730;

    /// <summary>
    /// Days the original text of a published submission is kept beside its masked public text: enough for staff
    /// review and for a resident's questions about what was removed.
    /// </summary>
    [Range(1, 36500, ErrorMessage = "Privacy:RetainOriginalsDays must be a whole number of days from 1 to 36500.")]
    public int RetainOriginalsDays { get; set; } = 90;

    /// <summary>
    /// The secret key of the pseudonymous ids written to logs and the audit log instead of addresses. Set it
    /// from an environment variable in production (the same on every node); empty uses a development key.
    /// </summary>
    public string? PseudonymKey { get; set; }
}
