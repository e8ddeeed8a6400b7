using CommunityVoice.Core.Roadmap;
using CommunityVoice.Site.Localization;

namespace CommunityVoice.Site.Hosting;

public static class RoadmapServiceExtensions
{
    public static void AddSiteRoadmap(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ManageBacklog>();
    }

    /// <summary>The links a roadmap email carries, absolute, in the resident's language.</summary>
    public static RoadmapLinks RoadmapLinks(this HttpContext context) => new(
        (language, id) => PathCulture.AbsoluteUrl(context, language, $"/roadmap/{id}"),
        (language, token) => PathCulture.AbsoluteUrl(context, language, "/unsubscribe") + "?token=" + token);
}
