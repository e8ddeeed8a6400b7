namespace CommunityVoice.Core.Roadmap;

/// <summary>
/// The status rules: proposed → accepted → planned → in progress → delivered, or declined (with a public reason)
/// from any open status; a declined item can be proposed again. Delivered is final.
/// </summary>
public static class BacklogWorkflow
{
    static readonly Dictionary<BacklogStatus, BacklogStatus[]> Next = new()
    {
        [BacklogStatus.Proposed] = [BacklogStatus.Accepted, BacklogStatus.Declined],
        [BacklogStatus.Accepted] = [BacklogStatus.Planned, BacklogStatus.Declined],
        [BacklogStatus.Planned] = [BacklogStatus.InProgress, BacklogStatus.Declined],
        [BacklogStatus.InProgress] = [BacklogStatus.Delivered, BacklogStatus.Declined],
        [BacklogStatus.Delivered] = [],
        [BacklogStatus.Declined] = [BacklogStatus.Proposed],
    };

    public static IReadOnlyList<BacklogStatus> AllowedFrom(BacklogStatus status) => Next[status];

    /// <summary>Why the change cannot be made, in plain words, or null when it can.</summary>
    public static string? Refusal(BacklogStatus from, BacklogStatus to, string? reason, string? whatChanged)
    {
        if (from == to) return $"The item is already {Words(to)}.";
        if (!Next[from].Contains(to))
            return from == BacklogStatus.Delivered
                ? "A delivered item stays delivered. Propose a new item for further work."
                : $"An item that is {Words(from)} can become {string.Join(" or ", Next[from].Select(Words))}, not {Words(to)}.";
        if (to == BacklogStatus.Declined && string.IsNullOrWhiteSpace(reason))
            return "Give the reason for declining: residents will read it.";
        if (to == BacklogStatus.Delivered && string.IsNullOrWhiteSpace(whatChanged))
            return "Say what changed for people: it is shown on the wins page and sent to residents.";
        return null;
    }

    public static string Words(BacklogStatus status) => status switch
    {
        BacklogStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
