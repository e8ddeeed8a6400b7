using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Submissions;

/// <summary>Published submissions, newest first, filtered by words, kind and county; shared by the page and the API.</summary>
public sealed record SubmissionSearch(string? Query, string? Kind, string? CountyFips, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;

    /// <summary>From raw query-string values: anything unknown or out of range is ignored rather than refused.</summary>
    public static SubmissionSearch FromQuery(string? query, string? kind, string? county, string? page, Counties counties)
    {
        var cleaned = SubmissionInput.Clean(query);
        return new SubmissionSearch(
            cleaned.Length == 0 ? null : cleaned[..Math.Min(cleaned.Length, 200)],
            kind is "question" or "usecase" ? kind : null,
            counties.Find(county)?.Fips,
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
        foreach (var word in (Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
        {
            var lower = word.ToLowerInvariant();
            query = query.Where(s => s.PublicTitle.ToLower().Contains(lower) || s.PublicBody.ToLower().Contains(lower));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(s => s.PublishedAt).ThenBy(s => s.Id)
            .Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (rows.Select(s => ToPublic(s, counties)).ToList(), total);
    }

    public static PublishedSubmission ToPublic(Submission s, Counties counties) => new(
        s.Id, s.Kind == SubmissionKind.UseCase ? "usecase" : "question", s.PublicTitle, s.PublicBody, s.PublicAffected, s.PublicOutcome,
        s.PublicAgencies, counties.Find(s.CountyFips)?.Name, s.PublishedAt ?? s.CreatedAt, s.SupportCount);
}
