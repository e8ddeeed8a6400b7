using System.Threading.Channels;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;

namespace CommunityVoice.Site.Infrastructure.Privacy;

/// <summary>
/// Runs the retention rules (<see cref="ApplyRetention"/>) five minutes after start, when the start-up work
/// (migrations, model warm-up) is done, and then once a day. On several nodes each runs it; the rules are idempotent.
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ResidentPseudonym pseudonyms, IHostEnvironment environment,
    ILogger<RetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    // A tick that arrives while a pass runs is kept once, not queued up.
    readonly Channel<bool> due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    ITimer? timer;

    /// <summary>
    /// The timer starts with the host (ExecuteAsync may begin later, on another thread), on a fixed schedule, so
    /// neither a late start nor the time a pass takes shifts the next pass.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        timer = clock.CreateTimer(_ => due.Writer.TryWrite(true), null, FirstRunAfter, Interval);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (pseudonyms.UsesDevelopmentKey && environment.IsProduction())
            logger.LogWarning("Privacy:PseudonymKey is not set: log and audit pseudonyms use the development key; set a secret, the same on every node");
        try
        {
            while (await due.Reader.WaitToReadAsync(stoppingToken))
            {
                due.Reader.TryRead(out _);
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (timer is not null) await timer.DisposeAsync();
        await base.StopAsync(cancellationToken);
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
