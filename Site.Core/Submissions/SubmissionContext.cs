namespace CommunityVoice.Core.Submissions;

/// <summary>How a submission arrived, as the web layer saw it.</summary>
/// <param name="FillTime">Time between the form being shown and sent; null for the API.</param>
/// <param name="HoldReasons">Extra reasons from the web layer (e.g. the captcha service could not be reached).</param>
public sealed record SubmissionContext(
    string Language,
    string Source,
    TimeSpan? FillTime = null,
    bool HoneypotFilled = false,
    bool CaptchaRefused = false,
    IReadOnlyList<string>? HoldReasons = null)
{
    public IReadOnlyList<string> HoldReasons { get; init; } = HoldReasons ?? [];
}
