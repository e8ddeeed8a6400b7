using CommunityVoice.Core.Data;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Infrastructure.Data;

public static class DatabaseMigration
{
    /// <summary>Applies pending migrations before the site takes requests (EF Core locks the database while it does, so nodes may start together).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<StaffDbContext>().Database.MigrateAsync();
        if (db.Database.IsSqlite())
            // Write-ahead logging lets readers go on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        app.Services.GetRequiredService<DatabaseState>().Migrated = true;
    }
}
