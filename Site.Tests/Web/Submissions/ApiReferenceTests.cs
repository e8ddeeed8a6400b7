using System.Text.Json;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Submissions;

public class ApiReferenceTests
{
    [Fact]
    public async Task TheReferencePageDescribesEveryPathOfTheOpenApiDocument()
    {
        await using var site = new SubmissionSite();
        var client = site.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var page = await client.GetStringAsync("/developers/api");

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/submissions", paths);
        Assert.Contains("/api/v1/submissions/similar", paths);
        Assert.DoesNotContain("/sitemap.xml", paths);
        foreach (var path in paths)
            Assert.Contains(path, page);
    }

    [Fact]
    public async Task ThePostBodyIsDescribedWithItsFieldsAndNothingComputed()
    {
        await using var site = new SubmissionSite();
        var document = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/openapi/v1.json"));

        var body = document.RootElement.GetProperty("paths").GetProperty("/api/v1/submissions").GetProperty("post").GetProperty("requestBody");
        Assert.True(body.GetProperty("required").GetBoolean());
        var schema = body.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["kind", "title", "body", "affected", "outcome", "agencies", "county", "email", "consent", "captchaToken"], properties);
    }
}
