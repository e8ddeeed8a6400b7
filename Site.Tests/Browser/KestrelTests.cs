using System.Net.Sockets;
using System.Text;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Browser;

/// <summary>Requests no well-behaved client sends, written straight to the socket of the real server.</summary>
[Collection(BrowserCollection.Name)]
public class KestrelTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/%00")]
    [InlineData("/es/%00")]
    [InlineData("/%ff%fe")]
    [InlineData("/es/%C0%AF")]
    [InlineData("/governance?%00=%00")]
    public async Task MalformedPathsGetAClientErrorNeverA500(string path)
    {
        var uri = new Uri(browser.Site.BaseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync();
        var status = int.Parse(statusLine!.Split(' ')[1]);
        Assert.InRange(status, 200, 499);
    }
}
