using System.Net;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Hosting;

public class HealthTests
{
    [Fact]
    public async Task LiveAndReadyAnswerHealthyOnceMigratedAndLoaded()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
        Assert.True(File.Exists(Path.Combine(site.DataDirectory, "community-voice.db")), "The SQLite database is created in Storage:DataDirectory.");
    }

    [Fact]
    public async Task ReadyIsUnhealthyWhenNoContentLoaded()
    {
        using var empty = new TempFolder();
        await using var site = new SiteFactory(contentPath: empty.Path);
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task LogsAreWrittenToRollingFilesUnderTheDataDirectory()
    {
        await using var site = new SiteFactory();
        await site.CreateClient().GetAsync("/es/governance");
        var logs = Path.Combine(site.DataDirectory, "logs");
        // Request logging writes after the response has gone: wait for its line.
        var text = await Logs.WaitForAsync(site, "HTTP GET /es/governance responded 200");
        Assert.Single(Directory.GetFiles(logs, "site-*.log"));
        Assert.True(text.Contains("Content loaded from") && text.Contains("HTTP GET /es/governance responded 200"), text);
    }
}
