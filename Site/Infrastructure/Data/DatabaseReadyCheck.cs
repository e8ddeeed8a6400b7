using CommunityVoice.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityVoice.Site.Infrastructure.Data;

public sealed class DatabaseReadyCheck(DatabaseState state, CommunityVoiceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Migrated) return HealthCheckResult.Unhealthy("Migrations have not been applied yet.");
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
