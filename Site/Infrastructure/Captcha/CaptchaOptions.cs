namespace CommunityVoice.Site.Infrastructure.Captcha;

/// <summary>The <c>Captcha</c> section. The secret key comes from user-secrets or environment variables.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Captcha";
    public const string NoneProvider = "None";
    public const string RecaptchaProvider = "Recaptcha";
    public const string DefaultVerifyUrl = "https://www.google.com/recaptcha/api/siteverify";

    /// <summary><c>None</c> (honeypot, timing and rate limits only) or <c>Recaptcha</c> (v3, checked through siteverify).</summary>
    public string Provider { get; set; } = NoneProvider;

    /// <summary>The public key the pages use to ask for a token.</summary>
    public string? SiteKey { get; set; }

    /// <summary>The private key sent to siteverify; never logged.</summary>
    public string? SecretKey { get; set; }

    /// <summary><c>https://www.recaptcha.net/recaptcha/api/siteverify</c> is the alternative host; tests point it at a stub.</summary>
    public string VerifyUrl { get; set; } = DefaultVerifyUrl;

    /// <summary>Lowest score that passes (0.0 likely a bot … 1.0 likely a person); Google suggests starting at 0.5.</summary>
    public double MinimumScore { get; set; } = 0.5;

    /// <summary>
    /// Host names a token may have been solved on (<c>Captcha:ExpectedHostnames:0</c>, …), compared case-insensitively.
    /// When empty, the host the submission itself came in on (the request's <c>Host</c>, without port) is expected;
    /// behind a proxy that rewrites <c>Host</c>, list the public names here. Add <c>testkey.google.com</c> only where
    /// Google's test keys are used.
    /// </summary>
    public List<string> ExpectedHostnames { get; set; } = [];

    /// <summary>How long one siteverify call may take before the submission is held for review instead.</summary>
    public int TimeoutSeconds { get; set; } = 5;

    public bool UsesRecaptcha => string.Equals(Provider, RecaptchaProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with the settings, each message naming its configuration key; empty when all is well.</summary>
    public static IEnumerable<string> Validate(CaptchaOptions options)
    {
        var isNone = string.Equals(options.Provider, NoneProvider, StringComparison.OrdinalIgnoreCase);
        if (!isNone && !options.UsesRecaptcha)
            yield return $"Captcha:Provider must be '{NoneProvider}' or '{RecaptchaProvider}' (got '{options.Provider}').";

        if (!options.UsesRecaptcha)
            yield break;

        if (string.IsNullOrWhiteSpace(options.SiteKey))
            yield return $"Captcha:SiteKey is required when Captcha:Provider is '{RecaptchaProvider}'.";
        if (string.IsNullOrWhiteSpace(options.SecretKey))
            yield return $"Captcha:SecretKey is required when Captcha:Provider is '{RecaptchaProvider}'.";
        if (!Uri.TryCreate(options.VerifyUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            yield return $"Captcha:VerifyUrl '{options.VerifyUrl}' is not an absolute http(s) URL.";
        // Written so that NaN fails too.
        if (!(options.MinimumScore >= 0 && options.MinimumScore <= 1))
            yield return $"Captcha:MinimumScore must be between 0 and 1 (got {options.MinimumScore.ToString(System.Globalization.CultureInfo.InvariantCulture)}).";
        if (options.TimeoutSeconds <= 0)
            yield return $"Captcha:TimeoutSeconds must be greater than 0 (got {options.TimeoutSeconds}).";
        for (var i = 0; i < options.ExpectedHostnames.Count; i++)
        {
            var host = options.ExpectedHostnames[i];
            if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host) is UriHostNameType.Unknown)
                yield return $"Captcha:ExpectedHostnames:{i} '{host}' is not a host name (no scheme, port or path).";
        }
    }
}
