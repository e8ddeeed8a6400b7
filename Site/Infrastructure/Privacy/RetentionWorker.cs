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
        try
        {
            await Task.Delay(FirstRunAfter, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
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
