using System.Net;
using System.Text;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.Options;

namespace CommunityVoice.Tests.Web.Hosting;

/// <summary>Links in emails and feeds come from Site:PublicBaseUrl, never from a Host header a caller chooses.</summary>
public class PublicAddressTests
{
    [Fact]
    public async Task ProductionWithoutAPublicAddressStopsTheStartNamingTheKey()
    {
        await using var site = new SiteFactory(environment: "Production", overrides: new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "" });
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Site:PublicBaseUrl is required in Production", error.Message);
    }

    [Theory]
    [InlineData("voice.example.gov")]
    [InlineData("ftp://voice.example.gov")]
    [InlineData("https://voice.example.gov/?next=evil")]
    public async Task APublicAddressThatIsNotAnHttpAddressStopsTheStart(string value)
    {
        await using var site = new SiteFactory(overrides: new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = value });
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Site:PublicBaseUrl must be an absolute http or https address", error.Message);
    }

    [Fact]
    public async Task EmailLinksUseTheConfiguredAddressWhateverHostTheRequestNames()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "https://voice.example.gov/" });
        var json = """{"kind":"question","title":"Where is the water data","body":"Which wells are tested for arsenic each year, and where are the results?","email":"victim@example.org","consent":true}""";
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Empty(site.Query(db => db.OutboxEmails.ToList()));

        // A host the site does answer (loopback) still gets links to the public address only.
        client.DefaultRequestHeaders.Host = "127.0.0.1:8080";
        var response = await client.PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var email = site.Query(db => db.OutboxEmails.Single());
        Assert.Contains("https://voice.example.gov/submissions/verify?token=", email.TextBody);
        Assert.DoesNotContain("127.0.0.1", email.TextBody + email.HtmlBody);
    }

    [Fact]
    public async Task InProductionARequestForAnotherHostIsRefused()
    {
        await using var site = new SiteFactory(environment: "Production", overrides: new Dictionary<string, string?>
        {
            ["Site:PublicBaseUrl"] = "https://voice.example.gov", ["https_port"] = "443",
        });
        var client = site.CreatePlainClient();
        client.DefaultRequestHeaders.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/health/live")).StatusCode);
        client.DefaultRequestHeaders.Host = "voice.example.gov";
        Assert.NotEqual(HttpStatusCode.BadRequest, (await client.GetAsync("/health/live")).StatusCode);
    }
}
