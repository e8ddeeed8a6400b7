using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Site.Infrastructure.Submissions;

/// <summary>
/// Once after start, in the background: tags published submissions whose topics are missing or no longer match
/// <c>content/ranking/priorities.yml</c> (new submissions and staff edits are tagged as they are saved).
/// </summary>
public sealed class TopicTagger(IServiceScopeFactory scopes, Priorities priorities, ILogger<TopicTagger> logger) : BackgroundService
{
    /// <summary>Done once the pass has finished (tests wait for it).</summary>
    public Task Completed => completed.Task;
    readonly TaskCompletionSource completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var changed = await SubmissionTopics.RetagAsync(scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>(), priorities, stoppingToken);
            if (changed > 0) logger.LogInformation("Tagged {Count} published submissions with their topics", changed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Untagged submissions are still listed; they only miss the topic filter until the next start.
            logger.LogWarning(ex, "Tagging submissions with their topics failed");
        }
        finally
        {
            completed.TrySetResult();
        }
    }
}
