using CommunityVoice.Core.Roadmap;
using CommunityVoice.Site.Infrastructure.Webhooks;
using CommunityVoice.Site.Localization;
using Microsoft.Extensions.Options;

namespace CommunityVoice.Site.Hosting;

public static class RoadmapServiceExtensions
{
    public static void AddSiteRoadmap(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new();
        var errors = WebhookOptions.Validate(options).ToList();
        if (errors.Count > 0) throw new OptionsValidationException(WebhookOptions.Section, typeof(WebhookOptions), errors);
        builder.Services.AddSingleton(options.ToEndpoints());
        builder.Services.AddScoped<ManageBacklog>();
        builder.Services.AddHttpClient<WebhookWorker>(client => client.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds));
        builder.Services.AddSingleton<WebhookWorker>(sp => ActivatorUtilities.CreateInstance<WebhookWorker>(sp,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookWorker))));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookWorker>());
    }

    /// <summary>The links a roadmap email carries, absolute, in the resident's language.</summary>
    public static RoadmapLinks RoadmapLinks(this HttpContext context) => new(
        (language, id) => PathCulture.AbsoluteUrl(context, language, $"/roadmap/{id}"),
        (language, token) => PathCulture.AbsoluteUrl(context, language, "/unsubscribe") + "?token=" + token);
}
