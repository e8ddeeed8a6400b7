using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Roadmap;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// Published submissions, newest first, filtered by words, kind, county, topic (one of the priorities) and what
/// became of them (<see cref="Waiting"/>: on no roadmap item yet; or a roadmap status); shared by the page and the API.
/// </summary>
public sealed record SubmissionSearch(string? Query, string? Kind, string? CountyFips, string? Topic, string? Status, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    /// <summary>The status filter for submissions no roadmap item takes up yet.</summary>
    public const string Waiting = "Waiting";

    /// <summary>The status filter's values: <see cref="Waiting"/>, then the roadmap statuses.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Waiting, .. Enum.GetNames<BacklogStatus>()];

    /// <summary>From raw query-string values: anything unknown or out of range is ignored rather than refused.</summary>
    public static SubmissionSearch FromQuery(string? query, string? kind, string? county, string? topic, string? status, string? page,
        Counties counties, Priorities priorities)
    {
        var cleaned = SubmissionInput.Clean(query);
        return new SubmissionSearch(
            cleaned.Length == 0 ? null : cleaned[..Math.Min(cleaned.Length, 200)],
            kind is "question" or "usecase" ? kind : null,
            counties.Find(county)?.Fips,
            priorities.All.FirstOrDefault(p => string.Equals(p.Id, topic?.Trim(), StringComparison.OrdinalIgnoreCase))?.Id,
            Statuses.FirstOrDefault(s => string.Equals(s, status?.Trim(), StringComparison.OrdinalIgnoreCase)),
            int.TryParse(page, out var number) ? Math.Clamp(number, 1, 10_000) : 1,
            DefaultPageSize);
    }

    public async Task<(IReadOnlyList<PublishedSubmission> Items, int Total)> RunAsync(CommunityVoiceDbContext db, Counties counties, CancellationToken cancellationToken)
    {
        // Submissions merged into another are shown through the one they were merged into.
        var query = db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published && s.DuplicateOf == null);
        if (Kind is "question") query = query.Where(s => s.Kind == SubmissionKind.Question);
        if (Kind is "usecase") query = query.Where(s => s.Kind == SubmissionKind.UseCase);
        if (CountyFips is not null) query = query.Where(s => s.CountyFips == CountyFips);
        if (Topic is not null)
        {
            var token = SubmissionTopics.Token(Topic);
            query = query.Where(s => s.Topics != null && s.Topics.Contains(token));
        }
        if (Status == Waiting) query = query.Where(s => !db.BacklogSubmissions.Any(l => l.SubmissionId == s.Id));
        else if (Enum.TryParse<BacklogStatus>(Status, out var status))
            query = query.Where(s => db.BacklogSubmissions.Any(l => l.SubmissionId == s.Id && db.BacklogItems.Any(i => i.Id == l.ItemId && i.Status == status)));
        foreach (var word in (Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
        {
            var lower = word.ToLowerInvariant();
            query = query.Where(s => s.PublicTitle.ToLower().Contains(lower) || s.PublicBody.ToLower().Contains(lower));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(s => s.PublishedAt).ThenBy(s => s.Id)
            .Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (await ToPublicAsync(db, rows, counties, cancellationToken), total);
    }

    /// <summary>
    /// The public view of published submissions, with the roadmap items that took them up (a merged submission's
    /// are those of the one it was merged into).
    /// </summary>
    public static async Task<IReadOnlyList<PublishedSubmission>> ToPublicAsync(CommunityVoiceDbContext db, IReadOnlyList<Submission> rows,
        Counties counties, CancellationToken cancellationToken)
    {
        var primaries = rows.Select(s => s.DuplicateOf ?? s.Id).Distinct().ToList();
        var items = (await db.BacklogSubmissions.AsNoTracking().Where(l => primaries.Contains(l.SubmissionId))
                .Join(db.BacklogItems, l => l.ItemId, i => i.Id, (l, i) => new { l.SubmissionId, i.Id, i.Title, i.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.SubmissionId, x => new RoadmapMention(x.Id, x.Title, x.Status.ToString()));
        return rows.Select(s => new PublishedSubmission(
            s.Id, s.Kind == SubmissionKind.UseCase ? "usecase" : "question", s.PublicTitle, s.PublicBody, s.PublicAffected, s.PublicOutcome,
            s.PublicAgencies, counties.Find(s.CountyFips)?.Name, s.PublishedAt ?? s.CreatedAt, s.SupportCount,
            SubmissionTopics.Parse(s.Topics), items[s.DuplicateOf ?? s.Id].OrderBy(i => i.Title, StringComparer.Ordinal).ToList())).ToList();
    }
}
