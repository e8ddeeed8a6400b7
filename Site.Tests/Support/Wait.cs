namespace CommunityVoice.Tests.Support;

/// <summary>
/// Waits on a condition, never on a fixed time: background work (vectors, clustering runs, the suggestion index,
/// file reloads) finishes when it finishes, and a busy machine only makes the wait longer, not the test fail.
/// </summary>
public static class Wait
{
    /// <summary>Checks <paramref name="condition"/> until it holds or <paramref name="timeout"/> (default 60 s) passes.</summary>
    /// <returns>Whether the condition held.</returns>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline) return false;
            await Task.Delay(50);
        }
        return true;
    }

    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan? timeout = null) => UntilAsync(() => Task.FromResult(condition()), timeout);
}
