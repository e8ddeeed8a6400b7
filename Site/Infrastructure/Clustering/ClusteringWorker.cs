using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Infrastructure.Clustering;

/// <summary>
/// Carries out queued clustering runs one at a time, off the request path, and queues one by itself every
/// <see cref="ClusteringOptions.ScheduleHours"/> when a schedule is set. Runs left half-done by a stop are
/// marked failed at start.
/// </summary>
public sealed class ClusteringWorker(RunClustering runs, IServiceScopeFactory scopes, ClusteringOptions options, TimeProvider clock,
    ILogger<ClusteringWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await runs.FailInterruptedAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not check for interrupted clustering runs");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await QueueScheduledAsync(stoppingToken);
                if (await runs.NextQueuedAsync(stoppingToken) is { } id)
                {
                    await runs.ExecuteAsync(id, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The clustering worker hit an error; it carries on");
            }
            await Task.Delay(TimeSpan.FromSeconds(options.PollSeconds), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    async Task QueueScheduledAsync(CancellationToken cancellationToken)
    {
        if (options.ScheduleHours <= 0) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var last = await db.ClusteringRuns.OrderByDescending(r => r.Id).Select(r => (DateTimeOffset?)r.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        if (last is null || clock.GetUtcNow() - last >= TimeSpan.FromHours(options.ScheduleHours))
            await runs.QueueAsync("schedule", options.Featurizer, options.Settings(null), cancellationToken);
    }
}
