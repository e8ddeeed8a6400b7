using CommunityVoice.Core.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityVoice.Site.Infrastructure.Content;

public sealed class ContentReadyCheck(IContentSource source) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(source.Current.Find(ContentPage.HomeSlug, SiteLanguages.Default) is not null
            ? HealthCheckResult.Healthy($"{source.Current.Pages.Count} pages")
            : HealthCheckResult.Unhealthy("No home page has been loaded."));
}
