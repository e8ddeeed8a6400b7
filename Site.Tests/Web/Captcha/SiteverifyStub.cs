using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CommunityVoice.Tests.Web.Captcha;

/// <summary>A stand-in for Google's siteverify on 127.0.0.1 that answers what a test tells it and records what it got.</summary>
public sealed class SiteverifyStub : IDisposable
{
    public const string VerifyPath = "/recaptcha/api/siteverify";

    readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });

    /// <summary>The value for <c>Captcha:VerifyUrl</c>.</summary>
    public string VerifyUrl => server.Url + VerifyPath;

    /// <summary>Answers every <c>POST /recaptcha/api/siteverify</c> from now on.</summary>
    public void Answer(int statusCode, string? body = null, TimeSpan? delay = null)
    {
        server.Reset();
        var response = Response.Create().WithStatusCode(statusCode);
        if (body is not null)
            response = response.WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);
        if (delay is { } wait)
            response = response.WithDelay(wait);
        server.Given(Request.Create().WithPath(VerifyPath).UsingPost()).RespondWith(response);
    }

    /// <summary>The requests received so far, with the form fields in the order they were sent.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => server.LogEntries
        .Select(e => new ReceivedRequest(
            e.RequestMessage.Method,
            e.RequestMessage.Path,
            e.RequestMessage.Headers?.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault(),
            Form(e.RequestMessage.Body ?? "")))
        .ToList();

    /// <summary>A siteverify URL on 127.0.0.1 where nothing listens, so a connection is refused.</summary>
    public static string ClosedVerifyUrl() => $"http://127.0.0.1:{FreePort()}{VerifyPath}";

    public void Dispose() => server.Stop();

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    static IReadOnlyList<KeyValuePair<string, string>> Form(string body) => body
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(parts => KeyValuePair.Create(WebUtility.UrlDecode(parts[0]), WebUtility.UrlDecode(parts.ElementAtOrDefault(1) ?? "")))
        .ToList();

    public sealed record ReceivedRequest(string Method, string Path, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Form);
}
