using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityVoice.Site.Infrastructure.Staff;

/// <summary>
/// Staff accounts (ASP.NET Core Identity), in the same database as everything else but kept out of Site.Core,
/// which has no ASP.NET in it. One subclass and one migration set per provider, like the main context.
/// </summary>
public abstract class StaffDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public const string HistoryTable = "__StaffMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Prefixed so the Identity tables are easy to tell from the application's own.
        foreach (var entity in builder.Model.GetEntityTypes())
            entity.SetTableName("Staff" + entity.GetTableName()!.Replace("AspNet", ""));
    }
}

public sealed class SqliteStaffDbContext(DbContextOptions<SqliteStaffDbContext> options) : StaffDbContext(options);

public sealed class PostgresStaffDbContext(DbContextOptions<PostgresStaffDbContext> options) : StaffDbContext(options);

public sealed class SqliteStaffDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteStaffDbContext>
{
    public SqliteStaffDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteStaffDbContext>()
        .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(StaffDbContext.HistoryTable)).Options);
}

public sealed class PostgresStaffDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresStaffDbContext>
{
    public PostgresStaffDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresStaffDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(StaffDbContext.HistoryTable)).Options);
}
