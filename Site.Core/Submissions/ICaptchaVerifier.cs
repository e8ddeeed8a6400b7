namespace CommunityVoice.Core.Submissions;

/// <summary>
/// Checks the bot-defence token that came with a submission. Adapters: <c>None</c> (always passes) and
/// <c>Recaptcha</c> (reCAPTCHA v3 through siteverify). Expected outcomes are values, never exceptions; only the
/// caller's own cancellation throws.
/// </summary>
public interface ICaptchaVerifier
{
    /// <param name="token">What the page sent (reCAPTCHA's <c>g-recaptcha-response</c>); null or blank when nothing came.</param>
    /// <param name="expectedAction">The action the page declared when it asked for the token, e.g. <c>propose</c>.</param>
    /// <param name="remoteIp">The resident's IP address, passed on to the service when given; never logged.</param>
    /// <param name="ct">The caller's cancellation (the request being aborted); a slow service is a result, not this.</param>
    Task<CaptchaResult> VerifyAsync(string? token, string expectedAction, string? remoteIp, CancellationToken ct);
}
