using CommunityVoice.Core.Privacy;

namespace CommunityVoice.Site.Infrastructure.Privacy;

/// <summary>
/// Runs the retention rules once a day (<see cref="ApplyRetention"/>), first a few minutes after start so the
/// start-up work (migrations, model warm-up) is done. On several nodes each runs it; the rules are idempotent.
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ResidentPseudonym pseudonyms, IHostEnvironment environment,
    ILogger<RetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (pseudonyms.UsesDevelopmentKey && environment.IsProduction())
            logger.LogWarning("Privacy:PseudonymKey is not set: log and audit pseudonyms use the development key; set a secret, the same on every node");
        // A fixed schedule from the start, not a pause after each pass, so the time a pass takes never shifts the next.
        var next = clock.GetUtcNow() + FirstRunAfter;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = next - clock.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stoppingToken);
                await RunOnceAsync(stoppingToken);
                var now = clock.GetUtcNow();
                next = next + Interval > now ? next + Interval : now + Interval; // after a long sleep, one pass, not a burst
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass; a failure is logged and tried again the next day.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ApplyRetention>().RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Retention pass failed; it runs again in {Interval}", Interval);
        }
    }
}
