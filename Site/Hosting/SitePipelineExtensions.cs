using CommunityVoice.Site.Endpoints;
using CommunityVoice.Site.Infrastructure.Captcha;
using CommunityVoice.Site.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Events;

namespace CommunityVoice.Site.Hosting;

public static class SitePipelineExtensions
{
    public static WebApplication UseCommunityVoice(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error/500");
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders(app.Services.GetRequiredService<CaptchaOptions>().UsesRecaptcha);
        app.UseSiteRequestLogging();
        // Status pages re-execute below this point, so they see the reader's language.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UsePathCulture();
        // The API answers its own empty errors (404, 405...) with problem+json instead of the HTML status page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(async status =>
            await Results.Problem(statusCode: status.HttpContext.Response.StatusCode).ExecuteAsync(status.HttpContext)));
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        // After the output cache, so a page is compressed once per encoding and then served from the cache.
        app.UseResponseCompression();
        return app;
    }

    static void UseSiteRequestLogging(this WebApplication app) => app.UseSerilogRequestLogging(o =>
    {
        o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        // PathBase holds the language segment (/es); the query string is left out, it may carry what residents typed.
        o.GetMessageTemplateProperties = (context, _, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue((context.Request.PathBase + context.Request.Path).Value)),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];
    });

    public static WebApplication MapCommunityVoice(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapContentFeeds();
        app.MapSubmissionsApi();
        app.MapOpenData();
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
