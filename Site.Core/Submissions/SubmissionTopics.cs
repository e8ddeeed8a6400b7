using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// Which of the administration's priorities a submission's public text is about, kept with the submission as
/// <c>|health|housing|</c> so the public list can filter by topic in the database. Empty: none; null: not yet tagged.
/// </summary>
public static class SubmissionTopics
{
    public static string Of(Priorities priorities, string publicTitle, string publicBody)
    {
        var ids = priorities.Match(publicTitle + "\n" + publicBody);
        return ids.Count == 0 ? "" : "|" + string.Join('|', ids) + "|";
    }

    /// <summary>What a stored value contains when it holds the topic.</summary>
    public static string Token(string id) => "|" + id + "|";

    public static IReadOnlyList<string> Parse(string? stored) =>
        (stored ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Tags the published submissions whose stored topics differ from what the priorities give now (new rows from
    /// before topics were kept, or after the priorities changed), in batches; returns how many changed.
    /// </summary>
    public static async Task<int> RetagAsync(CommunityVoiceDbContext db, Priorities priorities, CancellationToken cancellationToken, int batchSize = 500)
    {
        var changed = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Submissions.Where(s => s.Status == SubmissionStatus.Published && s.Id.CompareTo(after) > 0).OrderBy(s => s.Id)
                    .Select(s => new { s.Id, s.PublicTitle, s.PublicBody, s.Topics }).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return changed;
            foreach (var row in batch)
            {
                var topics = Of(priorities, row.PublicTitle, row.PublicBody);
                if (topics == row.Topics) continue;
                // Only the one column, and only if the text is still the one tagged: a staff edit saved meanwhile wins.
                changed += await db.Submissions.Where(s => s.Id == row.Id && s.PublicTitle == row.PublicTitle && s.PublicBody == row.PublicBody)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Topics, topics), cancellationToken);
            }
            after = batch[^1].Id;
        }
    }
}
