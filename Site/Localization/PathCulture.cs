using System.Globalization;
using CommunityVoice.Core.Content;
using CommunityVoice.Site.Hosting;
using Microsoft.AspNetCore.Localization;

namespace CommunityVoice.Site.Localization;

/// <summary>
/// The culture is the first URL segment (<c>/es/...</c>); English has none. The segment moves into PathBase, so
/// the rest of the pipeline routes <c>/es/governance</c> like <c>/governance</c> and every link the site builds
/// from PathBase stays in the reader's language.
/// </summary>
public static class PathCulture
{
    const string ItemKey = "cv.language";

    public static IApplicationBuilder UsePathCulture(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            foreach (var language in SiteLanguages.All.Where(l => l != SiteLanguages.Default))
            {
                var prefix = "/" + language;
                if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (path.Length > prefix.Length && path[prefix.Length] != '/') continue;
                context.Request.PathBase = context.Request.PathBase.Add(prefix);
                context.Request.Path = path.Length > prefix.Length + 1 ? path[prefix.Length..] : "/";
                context.Items[ItemKey] = language;
                break;
            }
            return next(context);
        });

        var cultures = SiteLanguages.All.Select(l => new CultureInfo(l)).ToList();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(SiteLanguages.Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CustomRequestCultureProvider(context =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(LanguageOf(context))))],
        });
        return app;
    }

    /// <summary>The reader's language for this request.</summary>
    public static string LanguageOf(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is string language ? language : SiteLanguages.Default;

    /// <summary>
    /// An absolute link for emails and feeds: the configured public address (<c>Site:PublicBaseUrl</c>), the
    /// language prefix and the path. Never the request's Host header, which the caller chooses.
    /// </summary>
    public static string AbsoluteUrl(HttpContext context, string language, string path) =>
        context.RequestServices.GetRequiredService<SiteSettings>().PublicBaseUrl + Href(language, path);

    /// <summary>The site path for a page path in a language: <c>/governance</c> becomes <c>/es/governance</c>.</summary>
    public static string Href(string language, string path) =>
        language == SiteLanguages.Default ? path : "/" + language + (path == "/" ? "/" : path);
}
