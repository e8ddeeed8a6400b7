namespace CommunityVoice.Core.Submissions;

/// <summary>
/// What the captcha check said about one submission. Closed: these three cases are all there are, so a caller's
/// <c>switch</c> decides publish-as-usual, refuse, or hold for review.
/// </summary>
public abstract record CaptchaResult
{
    CaptchaResult()
    {
    }

    /// <summary>The token is good: screen and store the submission as usual.</summary>
    /// <param name="Score">reCAPTCHA v3's score (0.0 likely a bot … 1.0 likely a person); null when no captcha is configured.</param>
    public sealed record Passed(double? Score) : CaptchaResult;

    /// <summary>
    /// The service answered and the token is not acceptable: refuse the submission.
    /// <see cref="CaptchaRefusal.MissingToken"/> is also what a resident without JavaScript gets, since no token can be made.
    /// </summary>
    /// <param name="Detail">English, for logs and staff: error codes, score against threshold, what was received.
    /// Never contains the token, the secret or the IP address.</param>
    public sealed record Refused(CaptchaRefusal Reason, string Detail) : CaptchaResult;

    /// <summary>
    /// No usable answer (network failure, timeout, non-2xx, unreadable body, or the service rejecting our own
    /// configuration): the caller HOLDS the submission for review instead of refusing it, so nothing is lost.
    /// </summary>
    /// <param name="Reason">English, for logs and the hold reason; names the configuration key when one is at fault.</param>
    public sealed record Unavailable(string Reason) : CaptchaResult;
}
