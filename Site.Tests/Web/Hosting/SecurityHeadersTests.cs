using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Hosting;

public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/es/governance")]
    [InlineData("/no-such-page")]
    [InlineData("/lib/uswds/css/uswds.min.css")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        await using var site = new SiteFactory();
        var response = await site.CreateClient().GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task PagesHaveNoInlineScriptOrStyle()
    {
        await using var site = new SiteFactory();
        var html = await site.CreateClient().GetStringAsync("/principles");
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=", html);
    }

    [Fact]
    public async Task ProductionRedirectsToHttpsAndSendsHsts()
    {
        await using var site = new SiteFactory(environment: "Production", overrides: new Dictionary<string, string?>
        {
            ["https_port"] = "443", ["Site:PublicBaseUrl"] = "https://cv.example.gov",
        });
        var client = site.CreatePlainClient();
        var redirect = await client.GetAsync("/governance");
        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://localhost/governance", redirect.Headers.Location!.ToString());

        var secureClient = site.CreateClient(new() { BaseAddress = new Uri("https://cv.example.gov"), AllowAutoRedirect = false });
        var secure = await secureClient.GetAsync("/governance");
        Assert.StartsWith("max-age=31536000", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task PagesAreCompressedOnceForClientsThatAskAndPlainForThoseThatDoNot()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();
        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/principles");
            if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
            return await client.SendAsync(request);
        }

        var first = await GetAsync("br");
        var cached = await GetAsync("br");
        var plain = await GetAsync(null);

        Assert.Equal("br", Assert.Single(first.Content.Headers.ContentEncoding));
        Assert.Equal("br", Assert.Single(cached.Content.Headers.ContentEncoding));
        Assert.NotNull(cached.Headers.Age);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<h1>Our principles</h1>", await plain.Content.ReadAsStringAsync());
    }
}
