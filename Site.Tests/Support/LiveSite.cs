using System.Net;
using System.Net.Sockets;

namespace CommunityVoice.Tests.Support;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 and a free port, for a real browser to visit. Its public address
/// (<c>Site:PublicBaseUrl</c>) is that address, so links in its emails lead back to it.
/// </summary>
public sealed class LiveSite : SiteFactory
{
    public LiveSite(string? contentPath = null) : this(contentPath, FreePort()) { }

    LiveSite(string? contentPath, int port)
        : base(contentPath, overrides: new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = $"http://127.0.0.1:{port}" })
    {
        UseKestrel(port);
        StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
