using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Submissions;

public class SubmissionsApiTests
{
    static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    const string Valid = """{"kind":"usecase","title":"Match school meals with SNAP","body":"Families who get SNAP should get free school meals without another form.","county":"Bernalillo","consent":false}""";

    [Fact]
    public async Task SubmissionsNamingOneAddressAreAllKeptButQueueAtMostThreeEmailsAnHour()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" });
        var client = site.CreateClient();
        foreach (var topic in new[] { "heating", "water", "broadband", "buses", "clinics" })
        {
            var json = $$"""{"kind":"question","title":"Where is the {{topic}} data","body":"Which counties report {{topic}} figures each year, and where can residents read them?","email":"someone@example.org","consent":true}""";
            Assert.Equal(System.Net.HttpStatusCode.Created, (await client.PostAsync("/api/v1/submissions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
            site.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(5, site.Query(db => db.Submissions.Count()));
        Assert.Equal(3, site.Query(db => db.OutboxEmails.Count(e => e.Purpose == "verify")));

        // An hour later the address may be mailed again.
        site.Clock.Advance(TimeSpan.FromHours(1));
        var later = """{"kind":"question","title":"Where is the school bus data","body":"Which districts publish late buses each year, and where can parents read them?","email":"someone@example.org","consent":true}""";
        await client.PostAsync("/api/v1/submissions", new StringContent(later, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(4, site.Query(db => db.OutboxEmails.Count(e => e.Purpose == "verify")));
    }

    [Fact]
    public async Task AValidSubmissionIsCreatedWithItsLocationAndReadBackWithoutPersonalData()
    {
        await using var site = new SubmissionSite();
        var client = site.CreateClient();
        var response = await client.PostAsync("/api/v1/submissions", Json(Valid.Replace("\"consent\":false", "\"email\":\"parent@example.org\",\"consent\":true")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("published", created.GetProperty("status").GetString());
        var one = await client.GetStringAsync(response.Headers.Location);
        var list = await client.GetStringAsync("/api/v1/submissions?query=school&kind=usecase");
        foreach (var answer in new[] { one, list })
        {
            Assert.Contains("Match school meals with SNAP", answer);
            Assert.DoesNotContain("parent@example.org", answer);
            Assert.DoesNotContain("email", answer, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("\"county\":\"Bernalillo County\"", one);

        var missing = await client.GetAsync($"/api/v1/submissions/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task BadFieldsGetProblemDetailsWithAMessagePerField()
    {
        await using var site = new SubmissionSite();
        var response = await site.CreateClient().PostAsync("/api/v1/submissions",
            Json("""{"kind":"poem","title":"","body":"short","county":"Atlantis","email":"not-an-email","consent":true}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Choose whether this is a question or a use case.", errors.GetProperty("kind")[0].GetString());
        Assert.Equal("Enter a title.", errors.GetProperty("title")[0].GetString());
        Assert.StartsWith("Write at least 20 characters", errors.GetProperty("body")[0].GetString());
        Assert.True(errors.TryGetProperty("county", out _));
        Assert.True(errors.TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData("{\"kind\":\"question\",", "not a valid submission")]
    [InlineData("{\"kind\":\"question\",\"title\":42}", "title")]
    [InlineData("{\"kind\":\"question\",\"consent\":\"yes\"}", "consent")]
    [InlineData("[1,2,3]", "not a valid submission")]
    [InlineData("null", "Send a JSON object")]
    public async Task MalformedJsonAndWrongTypesGetAClearProblemNeverA500(string body, string expected)
    {
        await using var site = new SubmissionSite();
        var response = await site.CreateClient().PostAsync("/api/v1/submissions", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InvalidUtf8OversizedAndNonJsonBodiesAreRefusedClearly()
    {
        await using var site = new SubmissionSite();
        var client = site.CreateClient();

        var bytes = new ByteArrayContent([0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
        bytes.Headers.ContentType = new("application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/submissions", bytes)).StatusCode);

        var huge = Valid.Replace("Families who", new string('a', 100_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync("/api/v1/submissions", Json(huge))).StatusCode);

        var form = await client.PostAsync("/api/v1/submissions", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task ControlCharactersAreDroppedAndTextIsStoredInNfc()
    {
        await using var site = new SubmissionSite();
        var response = await site.CreateClient().PostAsync("/api/v1/submissions",
            Json("{\"kind\":\"question\",\"title\":\"Cafe\\u0301 permits\\u0000\\u0007 question\",\"body\":\"How long do permits for a cafe\\u0301 take in each county?\",\"consent\":false}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = site.Query(db => db.Submissions.Single());
        Assert.Equal("Café permits question", stored.Title);
        Assert.True(stored.Body.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task TheSameTextSentAgainWithinADayIsHeldAsAPossibleRepeat()
    {
        await using var site = new SubmissionSite();
        var client = site.CreateClient();
        var first = await client.PostAsync("/api/v1/submissions", Json(Valid));
        var again = await client.PostAsync("/api/v1/submissions", Json(Valid.Replace("Match school meals", "Match the school meals")));
        Assert.Contains("published", await first.Content.ReadAsStringAsync());
        Assert.Contains("held", await again.Content.ReadAsStringAsync());
        Assert.Contains("same text as a recent submission", site.Query(db => db.Submissions.Single(s => s.Status == CommunityVoice.Core.Submissions.SubmissionStatus.Held).HeldReason));
    }

    [Fact]
    public async Task TooManySubmissionsFromOneClientGet429AsProblemDetails()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "2" });
        var client = site.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.PostAsync("/api/v1/submissions", Json(Valid.Replace("Match", $"Match {i}")))).StatusCode);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        var limited = await client.PostAsync("/api/v1/submissions", Json(Valid));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/submissions")).StatusCode);
    }
}
