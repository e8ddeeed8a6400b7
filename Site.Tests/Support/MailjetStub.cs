using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CommunityVoice.Tests.Support;

/// <summary>A stand-in for Mailjet's Send API on 127.0.0.1 that answers what a test tells it and records what it got.</summary>
public sealed class MailjetStub : IDisposable
{
    public const string SendPath = "/v3.1/send";

    readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });

    /// <summary>The value for <c>Email:Mailjet:BaseUrl</c>.</summary>
    public string BaseUrl => server.Url!;

    /// <summary>Answers every <c>POST /v3.1/send</c> from now on.</summary>
    public void Answer(int statusCode, string? body = null, TimeSpan? delay = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        server.Reset();
        var response = Response.Create().WithStatusCode(statusCode);
        if (body is not null)
            response = response.WithHeader("Content-Type", "application/json; charset=UTF-8").WithBody(body);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            response = response.WithHeader(name, value);
        if (delay is { } wait)
            response = response.WithDelay(wait);
        server.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(response);
    }

    /// <summary>The requests received so far: path, headers (by case-insensitive name) and body.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => server.LogEntries
        .Select(e => new ReceivedRequest(
            e.RequestMessage.Method,
            e.RequestMessage.Path,
            new Dictionary<string, string>(
                (e.RequestMessage.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
                    .Select(h => KeyValuePair.Create(h.Key, string.Join(",", h.Value))),
                StringComparer.OrdinalIgnoreCase),
            e.RequestMessage.Body ?? ""))
        .ToList();

    /// <summary>A base URL on 127.0.0.1 where nothing listens, so a connection is refused.</summary>
    public static string ClosedBaseUrl() => $"http://127.0.0.1:{FreePort()}";

    public void Dispose() => server.Stop();

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
}
