using CommunityVoice.Core.Clustering;

namespace CommunityVoice.Site.Infrastructure.Clustering;

/// <summary>
/// Gives every stored submission its sentence vector in the background, batch after batch, and backfills old
/// ones the same way. When the model cannot be loaded it says so (on the triage page and in the log) and tries
/// again every five minutes; submissions are still taken and published meanwhile.
/// </summary>
public sealed class EmbeddingWorker(IServiceScopeFactory scopes, ClusteringOptions options, ILogger<EmbeddingWorker> logger) : BackgroundService
{
    static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    /// <summary>Why no vectors are being made, when that is the case.</summary>
    public string? Problem { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = TimeSpan.FromSeconds(options.PollSeconds);
            try
            {
                using var scope = scopes.CreateScope();
                var embed = scope.ServiceProvider.GetRequiredService<EmbedSubmissions>();
                if (await embed.EmbedNextBatchAsync(stoppingToken) > 0) wait = TimeSpan.Zero;
                Problem = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (EmbedderUnavailableException ex)
            {
                if (Problem != ex.Message) logger.LogError(ex, "No sentence vectors can be made: {Problem}", ex.Message);
                Problem = ex.Message;
                wait = RetryAfterFailure;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Embedding a batch of submissions failed; trying again shortly");
                wait = TimeSpan.FromSeconds(Math.Max(5, options.PollSeconds));
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
