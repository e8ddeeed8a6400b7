using CommunityVoice.Core.Data;
using CommunityVoice.Tests.Support;
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
