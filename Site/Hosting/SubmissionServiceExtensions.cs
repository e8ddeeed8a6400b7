using System.Threading.RateLimiting;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.PersonalData.Tagging;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Captcha;
using CommunityVoice.Site.Infrastructure.Email;
using CommunityVoice.Site.Infrastructure.Outbox;
using CommunityVoice.Site.Infrastructure.Submissions;
using CommunityVoice.Site.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace CommunityVoice.Site.Hosting;

public static class SubmissionServiceExtensions
{
    public const string CountiesFile = "data/counties.csv";

    public static void AddSiteSubmissions(this WebApplicationBuilder builder, SiteSettings settings)
    {
        var services = builder.Services;
        services.AddSingleton(_ =>
        {
            var path = Path.Combine(settings.ContentPath, CountiesFile);
            return File.Exists(path) ? Counties.Parse(File.ReadAllText(path)) : new Counties([]);
        });
        // Word lists are embedded in Site.Core; place names come from the content folder, like the counties above.
        services.AddSingleton(_ => PersonalDataLexicon.Load(settings.ContentPath));
        services.AddSingleton(sp => new PersonalDataMasker(
            sp.GetRequiredService<PersonalDataLexicon>(), sp.GetRequiredService<TimeProvider>(), PersonalDataTagger.Embedded));
        services.AddHostedService<MaskerWarmup>();
        services.AddSingleton<TopicTagger>();
        services.AddHostedService(sp => sp.GetRequiredService<TopicTagger>());
        services.AddScoped<SubmitSubmission>();
        services.AddScoped<ModerateSubmission>();
        services.AddScoped<SupportSubmission>();
        services.AddSiteRateLimiting(builder.Configuration);
        services.AddSiteCaptcha(builder.Configuration);
        services.AddSiteEmail(builder.Configuration, settings);
    }

    static void AddSiteEmail(this IServiceCollection services, IConfiguration configuration, SiteSettings settings)
    {
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new();
        var errors = EmailOptions.Validate(options).ToList();
        if (errors.Count > 0) throw new OptionsValidationException(EmailOptions.Section, typeof(EmailOptions), errors);
        services.AddSingleton(options);
        if (options.UsesMailjet)
            services.AddHttpClient<IEmailSender, MailjetEmailSender>();
        else
            services.AddSingleton<IEmailSender>(new PickupEmailSender(Path.Combine(settings.DataDirectory, "outbox"), options));
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
    }

    static void AddSiteCaptcha(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CaptchaOptions.Section).Get<CaptchaOptions>() ?? new();
        var errors = CaptchaOptions.Validate(options).ToList();
        if (errors.Count > 0) throw new OptionsValidationException(CaptchaOptions.Section, typeof(CaptchaOptions), errors);
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        if (options.UsesRecaptcha)
            services.AddHttpClient<ICaptchaVerifier, RecaptchaVerifier>();
        else
            services.AddSingleton<ICaptchaVerifier, NoCaptchaVerifier>();
    }

    /// <summary>Per-client limits on sending submissions (forms and API) and data requests (/my-data); reading is never limited.</summary>
    static void AddSiteRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:SubmissionsPerMinutePerClient", 10);
        if (perMinute < 0)
            throw new OptionsValidationException("RateLimiting", typeof(int), [$"RateLimiting:SubmissionsPerMinutePerClient must be 0 (off) or more (got {perMinute})."]);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                perMinute == 0 || !IsSubmission(context.Request)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientNetwork.Of(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = "60";
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
                    await Results.Problem("You have sent many submissions in a short time. Please wait a minute and try again.",
                        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many submissions").ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    /// <summary>Posts that store something or send an email: submissions, "me too" (by email or not) and data-link requests.</summary>
    static bool IsSubmission(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Query["handler"] != "Similar" &&
        (request.Path.StartsWithSegments("/ask") || request.Path.StartsWithSegments("/propose") || request.Path.StartsWithSegments("/api/v1/submissions")
         || request.Query["handler"] == "Support" || request.Path.StartsWithSegments("/my-data"));
}
