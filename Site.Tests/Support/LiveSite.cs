using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Support;

/// <summary>The real site on Kestrel at 127.0.0.1 and a free port, for a real browser to visit.</summary>
public sealed class LiveSite : SiteFactory
{
    public LiveSite(string? contentPath = null) : base(contentPath)
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
    }

    public string BaseUrl { get; }
}
