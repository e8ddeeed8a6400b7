using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Data;

/// <summary>
/// The application's database. Each provider has its own subclass and its own migrations
/// (<see cref="SqliteDbContext"/>, <see cref="PostgresDbContext"/>); code depends on this base type only.
/// </summary>
public abstract class CommunityVoiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });
    }
}
