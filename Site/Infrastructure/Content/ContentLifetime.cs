using CommunityVoice.Core.Content;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityVoice.Site.Infrastructure.Content;

/// <summary>Loads the content at start and empties the page cache whenever the content changes.</summary>
public sealed class ContentLifetime(IContentSource source, IOutputCacheStore cache) : IHostedService
{
    public const string Policy = "content";
    public const string Tag = "content";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        source.Changed += Evict;
        await source.LoadAsync(cancellationToken);
    }

    void Evict(object? sender, EventArgs e) => _ = cache.EvictByTagAsync(Tag, CancellationToken.None).AsTask();

    public Task StopAsync(CancellationToken cancellationToken)
    {
        source.Changed -= Evict;
        return Task.CompletedTask;
    }
}
