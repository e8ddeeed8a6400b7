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
}
