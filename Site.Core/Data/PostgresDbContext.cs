using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityVoice.Core.Data;

/// <summary>PostgreSQL, for production and for several app nodes on one database.</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : CommunityVoiceDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresDbContext</c> build the model without a server.</summary>
public sealed class PostgresDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
