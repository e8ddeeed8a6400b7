namespace CommunityVoice.Site.Hosting;

/// <summary>Headers on every response: no inline script or style, no framing, no MIME sniffing, little referrer.</summary>
public static class SecurityHeaders
{
    /// <param name="recaptcha">reCAPTCHA loads its script and an invisible frame from Google; only then are they allowed.</param>
    public static string ContentSecurityPolicy(bool recaptcha)
    {
        var google = recaptcha ? " https://www.google.com https://www.gstatic.com" : "";
        return $"default-src 'self'; script-src 'self'{google}; frame-src{(recaptcha ? google : " 'none'")}; style-src 'self'; " +
               "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool recaptcha)
    {
        var policy = ContentSecurityPolicy(recaptcha);
        return app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
    }
}
