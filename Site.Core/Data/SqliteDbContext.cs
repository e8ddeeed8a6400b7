using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityVoice.Core.Data;

/// <summary>The embedded default: one SQLite file in the data directory.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : CommunityVoiceDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteDbContext</c> build the model without the web host.</summary>
public sealed class SqliteDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design.db").Options);
}
