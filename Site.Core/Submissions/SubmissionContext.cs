namespace CommunityVoice.Core.Submissions;

/// <summary>How a submission arrived, as the web layer saw it.</summary>
/// <param name="Source">"web" or "api".</param>
/// <param name="FillTime">Time between the form being shown and sent; null for the API.</param>
/// <param name="CaptchaAction">The reCAPTCHA action the token must carry ("ask", "propose" or "api").</param>
public sealed record SubmissionContext(
    string Language,
    string Source,
    TimeSpan? FillTime = null,
    bool HoneypotFilled = false,
    string? CaptchaToken = null,
    string CaptchaAction = "submit",
    string? RemoteIp = null);
