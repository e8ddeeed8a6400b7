using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using CommunityVoice.Tests.Web.Captcha;

namespace CommunityVoice.Tests.Web.Submissions;

/// <summary>Submissions with <c>Captcha:Provider=Recaptcha</c>, verified against a local siteverify stub.</summary>
public class CaptchaSubmissionTests
{
    const string Body = """{"kind":"question","title":"Who can see my benefit application?","body":"I would like to know which agencies can see what I write on my application.","captchaToken":"TOKEN"}""";

    static string Answer(double score, string action = "api", string hostname = "localhost") =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["success"] = true, ["challenge_ts"] = "2026-11-25T10:00:00Z", ["hostname"] = hostname, ["score"] = score, ["action"] = action });

    static SubmissionSite Site(string verifyUrl) => new(new Dictionary<string, string?>
    {
        ["Captcha:Provider"] = "Recaptcha",
        ["Captcha:SiteKey"] = "site-key",
        ["Captcha:SecretKey"] = "secret-key",
        ["Captcha:VerifyUrl"] = verifyUrl,
        ["Captcha:TimeoutSeconds"] = "10",
    });

    static async Task<(HttpStatusCode Status, string Text)> PostAsync(SubmissionSite site, string body = Body)
    {
        var response = await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AGoodTokenIsVerifiedServerSideAndTheSubmissionPublished()
    {
        using var stub = new SiteverifyStub();
        stub.Answer(200, Answer(0.9));
        await using var site = Site(stub.VerifyUrl);

        var (status, text) = await PostAsync(site);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Contains("\"published\"", text);
        var form = Assert.Single(stub.Requests).Form.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("secret-key", form["secret"]);
        Assert.Equal("TOKEN", form["response"]);
    }

    [Theory]
    [InlineData(0.1, "api", "localhost")]
    [InlineData(0.9, "login", "localhost")]
    [InlineData(0.9, "api", "evil.example")]
    public async Task ALowScoreWrongActionOrWrongHostnameIsRefusedAndNothingStored(double score, string action, string hostname)
    {
        using var stub = new SiteverifyStub();
        stub.Answer(200, Answer(score, action, hostname));
        await using var site = Site(stub.VerifyUrl);

        var (status, _) = await PostAsync(site);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(0, site.Query(db => db.Submissions.Count()));
    }

    [Fact]
    public async Task WhenSiteverifyIsDownTheSubmissionIsHeldForReviewNotLost()
    {
        await using var site = Site(SiteverifyStub.ClosedVerifyUrl());
        var (status, text) = await PostAsync(site);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Contains("\"held\"", text);
        Assert.Contains("captcha check unavailable", site.Query(db => db.Submissions.Single().HeldReason));
    }

    [Fact]
    public async Task WithoutATokenTheSubmissionIsHeldSoResidentsWithoutJavaScriptAreNotTurnedAway()
    {
        using var stub = new SiteverifyStub();
        await using var site = Site(stub.VerifyUrl);
        var (status, _) = await PostAsync(site, Body.Replace(",\"captchaToken\":\"TOKEN\"", ""));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(SubmissionStatus.Held, site.Query(db => db.Submissions.Single().Status));
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task TheFormPageAllowsGooglesScriptOnlyWhenTheCaptchaIsOn()
    {
        using var stub = new SiteverifyStub();
        await using var withCaptcha = Site(stub.VerifyUrl);
        var page = await withCaptcha.CreateClient().GetAsync("/ask");
        Assert.Contains("https://www.google.com", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("recaptcha/api.js?render=site-key", await page.Content.ReadAsStringAsync());

        await using var without = new SubmissionSite();
        var plain = await without.CreateClient().GetAsync("/ask");
        Assert.DoesNotContain("google", string.Join(";", plain.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task EmailSendingFormsRefuseAFailedTokenAndSendNothing()
    {
        using var stub = new SiteverifyStub();
        stub.Answer(200, Answer(0.9));
        await using var site = Site(stub.VerifyUrl);
        var (_, created) = await PostAsync(site);
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetGuid();
        stub.Answer(200, Answer(0.1, action: "support"));

        var client = site.Browser();
        var fields = await FormClient.HiddenFieldsAsync(client, $"/submissions/{id}");
        fields["email"] = "someone@example.org";
        fields["captchaToken"] = "bot-token";
        var support = await client.PostAsync($"/submissions/{id}?handler=Support", new FormUrlEncodedContent(fields));
        Assert.Contains("supported=captcha", support.Headers.Location!.ToString());

        stub.Answer(200, Answer(0.1, action: "mydata"));
        var dataLink = await FormClient.PostAsync(client, "/my-data", new Dictionary<string, string> { ["Email"] = "someone@example.org", ["CaptchaToken"] = "bot-token" });
        Assert.Contains("We could not check that you are a person", await dataLink.Content.ReadAsStringAsync());
        Assert.Empty(site.Query(db => db.OutboxEmails.Where(e => e.To == "someone@example.org").ToList()));
    }
}
