using System.Text.Json;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Roadmap;

/// <summary>A roadmap item as anyone may read it: no resident is named, counts only.</summary>
public sealed record PublicRoadmapItem(
    Guid Id, string Title, string Problem, string Status, string Horizon, int Priority, string? Agencies, string? Datasets,
    bool DataNotCollectedYet, string PrivacyReview, string? Owner, string? StatusReason, string? WhatChanged,
    int Residents, IReadOnlyDictionary<string, int> Counties, IReadOnlyList<Guid> Submissions, ScoreBreakdown? Score,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? DeliveredAt);

/// <summary>The public roadmap for the API and the JSON export (published, masked data only).</summary>
public static class PublicRoadmap
{
    public static async Task<IReadOnlyList<PublicRoadmapItem>> LoadAsync(CommunityVoiceDbContext db, Counties counties, CancellationToken cancellationToken)
    {
        var items = await db.BacklogItems.AsNoTracking().ToListAsync(cancellationToken);
        var links = await db.BacklogSubmissions.AsNoTracking().ToListAsync(cancellationToken);
        var linkedIds = links.Select(l => l.SubmissionId).ToHashSet();
        var published = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Published && (linkedIds.Contains(s.Id) || (s.DuplicateOf != null && linkedIds.Contains(s.DuplicateOf.Value))))
            .Select(s => new { s.Id, s.DuplicateOf, s.CountyFips }).ToListAsync(cancellationToken);
        return items.OrderBy(i => i.Status).ThenBy(i => i.Priority).ThenBy(i => i.Title, StringComparer.Ordinal).Select(item =>
        {
            var mine = links.Where(l => l.ItemId == item.Id).Select(l => l.SubmissionId).ToHashSet();
            var voices = published.Where(s => mine.Contains(s.Id) || (s.DuplicateOf is { } d && mine.Contains(d))).ToList();
            var byCounty = voices.GroupBy(v => v.CountyFips is null ? "not given" : counties.Find(v.CountyFips)?.Name ?? "not given")
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            return new PublicRoadmapItem(item.Id, item.Title, item.Problem, item.Status.ToString(), item.Horizon.ToString(), item.Priority,
                item.Agencies, item.Datasets, item.DataNotCollectedYet, item.PrivacyReview.ToString(), item.Owner, item.StatusReason, item.WhatChanged,
                voices.Count, byCounty, voices.Where(v => v.DuplicateOf is null).Select(v => v.Id).ToList(), Score(item),
                item.CreatedAt, item.UpdatedAt, item.DeliveredAt);
        }).ToList();
    }

    public static ScoreBreakdown? Score(BacklogItem item)
    {
        if (item.Score is null) return null;
        try { return JsonSerializer.Deserialize<ScoreBreakdown>(item.Score); }
        catch (JsonException) { return null; }
    }
}
