using System.Globalization;
using CommunityVoice.Core.Content;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Site.Infrastructure.Privacy;
using Microsoft.Extensions.Options;

namespace CommunityVoice.Site.Hosting;

public static class PrivacyServiceExtensions
{
    /// <summary>Residents' data requests (/my-data), the retention job and the privacy page's configured periods.</summary>
    public static void AddSitePrivacy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        services.AddSingleton(sp => new ResidentPseudonym(sp.GetRequiredService<PrivacyOptions>().PseudonymKey));
        services.AddSingleton<IDataLinkProtector, DataLinkProtector>();
        services.AddScoped<EmailThrottle>();
        services.AddScoped<RequestDataLink>();
        services.AddScoped<OpenDataLink>();
        services.AddScoped<ReadResidentData>();
        services.AddScoped<EraseResidentData>();
        services.AddScoped<ApplyRetention>();
        services.AddHostedService<RetentionWorker>();
        services.AddSingleton(sp => new ContentPlaceholders(Placeholders(sp.GetRequiredService<PrivacyOptions>())));
    }

    /// <summary>The configured values content pages may show, by the name written <c>{{name}}</c> in the Markdown.</summary>
    public static IReadOnlyDictionary<string, string> Placeholders(PrivacyOptions options) => new Dictionary<string, string>
    {
        ["privacy.retainContactDays"] = options.RetainContactDays.ToString(CultureInfo.InvariantCulture),
        ["privacy.retainOriginalsDays"] = options.RetainOriginalsDays.ToString(CultureInfo.InvariantCulture),
    };
}
