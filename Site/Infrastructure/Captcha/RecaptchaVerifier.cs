using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Site.Infrastructure.Captcha;

/// <summary>
/// reCAPTCHA v3 checked server-side, as in <c>../shared/specs/README.md</c> section 3: one
/// <c>POST {VerifyUrl}</c> with the form fields <c>secret</c>, <c>response</c> and (when known) <c>remoteip</c>;
/// then, modelled on the official client's <c>verify()</c>, require <c>success</c>, the hostname, the action (both
/// case-insensitive) and <c>score ≥ MinimumScore</c>, in that order. <c>error-codes</c> beside <c>success:true</c>
/// still pass, as in the official client.
/// <para>
/// Expected hostnames are <see cref="CaptchaOptions.ExpectedHostnames"/>, or when that is empty the host of the
/// current request, read through <see cref="IHttpContextAccessor"/> (register it with <c>AddHttpContextAccessor()</c>).
/// </para>
/// <para>
/// A token is refused only on the service's word. Anything else (network failure, timeout, a non-2xx status, a body
/// that is not a siteverify answer, or siteverify rejecting our own secret or request) is
/// <see cref="CaptchaResult.Unavailable"/>, so the caller holds the submission for review instead of losing it to an
/// outage or a configuration slip. Logs carry the action, score, hostname and error codes; never the token, the
/// secret or the IP address.
/// </para>
/// </summary>
public sealed class RecaptchaVerifier(HttpClient http, CaptchaOptions options, IHttpContextAccessor httpContextAccessor, ILogger<RecaptchaVerifier> logger)
    : ICaptchaVerifier
{
    // The official client's fixtures send the score as a string ("0.5"); the spec asks for AllowReadingFromString.
    static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    readonly Uri verifyUrl = new(options.VerifyUrl, UriKind.Absolute);

    public async Task<CaptchaResult> VerifyAsync(string? token, string expectedAction, string? remoteIp, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedAction);
        if (string.IsNullOrWhiteSpace(token))
        {
            logger.LogInformation("reCAPTCHA refused a submission for action {CaptchaAction}: no token", expectedAction);
            return new CaptchaResult.Refused(CaptchaRefusal.MissingToken, "No reCAPTCHA token came with the submission.");
        }

        // Decided before calling: a token can be verified only once, so it must not be spent on an answer we cannot judge.
        var expectedHosts = ExpectedHosts();
        if (expectedHosts.Count == 0)
            return Unavailable("There is no request to take the expected hostname from; set Captcha:ExpectedHostnames.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            using var form = new FormUrlEncodedContent(Fields(token, remoteIp));
            using var response = await http.PostAsync(verifyUrl, form, timeout.Token);
            if (!response.IsSuccessStatusCode)
                return Unavailable($"siteverify answered {(int)response.StatusCode}.");
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return Read(body) is { Success: { } } answer
                ? Judge(answer, expectedAction, expectedHosts)
                : Unavailable($"siteverify answered {(int)response.StatusCode} with a body that is not a siteverify answer.");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Unavailable($"siteverify did not answer within {options.TimeoutSeconds} s.");
        }
        catch (HttpRequestException e)
        {
            return Unavailable($"siteverify could not be reached ({e.HttpRequestError}).");
        }
    }

    IEnumerable<KeyValuePair<string, string>> Fields(string token, string? remoteIp)
    {
        yield return KeyValuePair.Create("secret", options.SecretKey ?? "");
        yield return KeyValuePair.Create("response", token);
        if (!string.IsNullOrWhiteSpace(remoteIp))
            yield return KeyValuePair.Create("remoteip", remoteIp.Trim());
    }

    IReadOnlyList<string> ExpectedHosts()
    {
        if (options.ExpectedHostnames.Count > 0)
            return options.ExpectedHostnames;
        // Google reports the hostname without a port.
        var host = httpContextAccessor.HttpContext?.Request.Host;
        return host is { HasValue: true } h && h.Host.Length > 0 ? [h.Host] : [];
    }

    CaptchaResult Judge(SiteverifyAnswer answer, string expectedAction, IReadOnlyList<string> expectedHosts)
    {
        var codes = (answer.ErrorCodes ?? []).Select(Printable).ToArray();
        if (answer.Success != true)
        {
            // These say our side is wrong, not the resident's: refusing would turn a typo into lost submissions.
            if (codes.Any(c => c is "missing-input-secret" or "invalid-input-secret"))
                return Unavailable($"siteverify rejected the secret key ({string.Join(", ", codes)}); check Captcha:SecretKey.");
            if (codes.Contains("bad-request"))
                return Unavailable("siteverify called the request malformed (bad-request); check Captcha:VerifyUrl.");
            if (codes.Contains("timeout-or-duplicate"))
                return Refuse(CaptchaRefusal.TimeoutOrDuplicate, expectedAction, codes,
                    "The token is older than two minutes or was already used (timeout-or-duplicate).");
            return Refuse(CaptchaRefusal.InvalidToken, expectedAction, codes,
                $"siteverify refused the token ({(codes.Length == 0 ? "no error codes" : string.Join(", ", codes))}).");
        }

        if (answer.Hostname is not { } hostname || !expectedHosts.Contains(hostname, StringComparer.OrdinalIgnoreCase))
            return Refuse(CaptchaRefusal.WrongHostname, expectedAction, codes,
                $"The token was solved on '{Printable(answer.Hostname)}', not on {string.Join(" or ", expectedHosts.Select(h => $"'{h}'"))}.");

        if (!string.Equals(answer.Action, expectedAction, StringComparison.OrdinalIgnoreCase))
            return Refuse(CaptchaRefusal.WrongAction, expectedAction, codes,
                $"The token was made for action '{Printable(answer.Action)}', not '{expectedAction}'.");

        var minimum = options.MinimumScore.ToString(CultureInfo.InvariantCulture);
        if (answer.Score is not { } score)
            return Refuse(CaptchaRefusal.LowScore, expectedAction, codes, "The answer has no score, so the token is not a reCAPTCHA v3 token.");
        if (score < options.MinimumScore)
            return Refuse(CaptchaRefusal.LowScore, expectedAction, codes,
                $"Score {score.ToString(CultureInfo.InvariantCulture)} is below Captcha:MinimumScore {minimum}.");

        logger.LogDebug("reCAPTCHA passed for action {CaptchaAction} with score {CaptchaScore} (challenge at {CaptchaChallengeTs})",
            expectedAction, score, Printable(answer.ChallengeTs));
        return new CaptchaResult.Passed(score);
    }

    CaptchaResult.Refused Refuse(CaptchaRefusal reason, string expectedAction, string[] codes, string detail)
    {
        logger.LogInformation("reCAPTCHA refused a submission for action {CaptchaAction}: {CaptchaRefusal} ({CaptchaErrorCodes})",
            expectedAction, reason, codes);
        return new CaptchaResult.Refused(reason, detail);
    }

    CaptchaResult.Unavailable Unavailable(string reason)
    {
        logger.LogWarning("reCAPTCHA could not check a submission, so it will be held for review: {CaptchaUnavailableReason}", reason);
        return new CaptchaResult.Unavailable(reason);
    }

    static SiteverifyAnswer? Read(byte[] body)
    {
        try { return JsonSerializer.Deserialize<SiteverifyAnswer>(body, Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>
    /// The action and hostname are set by whoever asked for the token; keep what ends up in logs and hold reasons to
    /// the characters Google allows there, and short.
    /// </summary>
    static string Printable(string? text)
    {
        if (text is null)
            return "(none)";
        var kept = new string(text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or ':').Take(100).ToArray());
        return kept.Length == text.Length ? kept : kept + "…";
    }

    /// <summary>The documented siteverify answer (verify and v3 pages); <c>apk_package_name</c> and anything else is ignored.</summary>
    sealed record SiteverifyAnswer(
        [property: JsonPropertyName("success")] bool? Success,
        [property: JsonPropertyName("score")] double? Score,
        [property: JsonPropertyName("action")] string? Action,
        // Kept as text: the official client's own fixtures send "timestamp" here.
        [property: JsonPropertyName("challenge_ts")] string? ChallengeTs,
        [property: JsonPropertyName("hostname")] string? Hostname,
        [property: JsonPropertyName("error-codes")] IReadOnlyList<string>? ErrorCodes);
}
