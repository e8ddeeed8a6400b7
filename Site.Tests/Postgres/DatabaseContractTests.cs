using System.Text.Json;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using CommunityVoice.Tests.Web.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Postgres;

/// <summary>What every database provider must do; run against SQLite and a real PostgreSQL server.</summary>
public abstract class DatabaseContractTests
{
    protected abstract IDictionary<string, string?> Settings(string database);

    [Fact]
    public async Task MigrationsAreAppliedAtStartAndTheSiteIsReady()
    {
        var database = "cv_" + Guid.NewGuid().ToString("N")[..10];
        await using var site = new SiteFactory(overrides: Settings(database));
        Assert.Equal("Healthy", await site.CreateClient().GetStringAsync("/health/ready"));

        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task TwoNodesOnOneDatabaseAcceptEachOthersProtectedData()
    {
        var database = "cv_" + Guid.NewGuid().ToString("N")[..10];
        await using var first = new SiteFactory(overrides: Settings(database));
        await using var second = new SiteFactory(overrides: Settings(database));
        first.CreateClient();
        second.CreateClient();

        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("resident-token");
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token);

        Assert.Equal("resident-token", read);
        using var scope = second.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>().DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task ARestartedNodeKeepsItsKeys()
    {
        var database = "cv_" + Guid.NewGuid().ToString("N")[..10];
        string token;
        await using (var before = new SiteFactory(overrides: Settings(database)))
            token = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("kept");
        await using var after = new SiteFactory(overrides: Settings(database));
        Assert.Equal("kept", after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));
    }

    [Fact]
    public async Task SubmissionsAreSearchedByTopicAndRoadmapStatusAndRetagged()
    {
        var settings = new Dictionary<string, string?>(Settings("cv_" + Guid.NewGuid().ToString("N")[..10])) { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" };
        await using var site = new SubmissionSite(settings);
        var rent = await site.PublishAsync("Rent burden by county", "How many renters pay more than half their income in rent?");
        var school = await site.PublishAsync("School bus routes", "Which schools have the longest bus rides for students?");
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ManageBacklog>().PromoteSubmissionAsync(rent, "triage@example.gov", default);

        var db = services.GetRequiredService<CommunityVoiceDbContext>();
        var counties = services.GetRequiredService<Counties>();
        var priorities = services.GetRequiredService<Priorities>();
        async Task<List<Guid>> FindAsync(string? topic, string? status) =>
            (await SubmissionSearch.FromQuery("", null, null, topic, status, null, counties, priorities).RunAsync(db, counties, default)).Items.Select(i => i.Id).ToList();
        Assert.Equal([rent], await FindAsync("housing", null));
        Assert.Equal([rent], await FindAsync(null, "Proposed"));
        Assert.Equal([school], await FindAsync(null, "Waiting"));
        var page = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/v1/submissions?status=Proposed")).RootElement;
        Assert.Equal("Proposed", page.GetProperty("items")[0].GetProperty("roadmap")[0].GetProperty("status").GetString());

        await db.Submissions.ExecuteUpdateAsync(u => u.SetProperty(s => s.Topics, (string?)null));
        Assert.Equal(2, await SubmissionTopics.RetagAsync(db, priorities, default, batchSize: 1));
        Assert.Equal(0, await SubmissionTopics.RetagAsync(db, priorities, default));
        Assert.Equal([school], await FindAsync("education", null));
    }

    [Fact]
    public async Task ResidentDataErasureAndRetentionWorkOnEveryProvider()
    {
        var settings = new Dictionary<string, string?>(Settings("cv_" + Guid.NewGuid().ToString("N")[..10])) { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" };
        await using var site = new SubmissionSite(settings);
        var (_, _, held, supported) = await ResidentSetup.ResidentWithDataAsync(site);
        var client = site.Browser();
        await ResidentSetup.RequestLinkAsync(site, client, ResidentSetup.Resident.ToUpperInvariant());
        var link = ResidentSetup.LatestLink(site, ResidentSetup.Resident);
        Assert.Contains("555-0142", await client.GetStringAsync(link));
        (await ResidentSetup.EraseAsync(client, link)).EnsureSuccessStatusCode();
        Assert.Contains("deleted after this link was sent", await client.GetStringAsync(link));
        site.Query(db =>
        {
            Assert.Equal(0, db.Submissions.Count(s => s.Email != null));
            Assert.Null(db.Submissions.SingleOrDefault(s => s.Id == held));
            Assert.Equal(0, db.Submissions.Single(s => s.Id == supported).SupportCount);
            return 0;
        });

        var other = await ResidentSetup.SubmitAsync(site, "Clinic hours on weekends", "Please call me at (505) 555-0199 about clinics open on Saturday mornings.", email: "ana@example.org");
        await ResidentSetup.PublishAsync(site, other);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var support = scope.ServiceProvider.GetRequiredService<SupportSubmission>();
            string? token = null;
            await support.ByEmailAsync(supported, "lee@example.org", "en", t => "http://localhost/c?token=" + (token = t), default);
            Assert.Equal(SupportResult.Counted, await support.ConfirmAsync(token, default));
        }
        site.Clock.Advance(TimeSpan.FromDays(731));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var counts = await scope.ServiceProvider.GetRequiredService<ApplyRetention>().RunAsync(default);
            Assert.Equal((1, 1, 1), (counts.SubmissionContacts, counts.Supports, counts.Originals));
        }
        site.Query(db =>
        {
            Assert.Equal(0, db.Submissions.Count(s => s.Email != null));
            Assert.DoesNotContain(db.Supports.ToList(), p => p.SupporterKey.StartsWith("e:"));
            Assert.Equal(1, db.Submissions.Single(s => s.Id == supported).SupportCount);
            Assert.DoesNotContain("555-0199", db.Submissions.Single(s => s.Id == other).Body);
            return 0;
        });
    }
}

public sealed class SqliteDatabaseTests : DatabaseContractTests, IDisposable
{
    readonly TempFolder folder = new();

    protected override IDictionary<string, string?> Settings(string database) => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder.Path, database + ".db")}",
    };

    public void Dispose() => folder.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServer server) : DatabaseContractTests
{
    protected override IDictionary<string, string?> Settings(string database) => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Default"] = server.ConnectionString(database),
    };
}
