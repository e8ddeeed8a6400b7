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

/// <summary>One published submission behind a roadmap item (merged: staff merged it into one of the item's own).</summary>
public sealed record Voice(Guid ItemId, Guid SubmissionId, bool Merged, string? CountyFips, string Title);

/// <summary>The public roadmap for the API and the JSON export (published, masked data only).</summary>
public static class PublicRoadmap
{
    public static async Task<IReadOnlyList<PublicRoadmapItem>> LoadAsync(CommunityVoiceDbContext db, Counties counties, CancellationToken cancellationToken)
    {
        var items = await db.BacklogItems.AsNoTracking().ToListAsync(cancellationToken);
        var voices = await VoicesAsync(db, cancellationToken);
        return items.OrderBy(i => i.Status).ThenBy(i => i.Priority).ThenBy(i => i.Title, StringComparer.Ordinal).Select(item =>
        {
            var mine = voices[item.Id].ToList();
            var byCounty = mine.GroupBy(v => v.CountyFips is null ? "not given" : counties.Find(v.CountyFips)?.Name ?? "not given")
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            return new PublicRoadmapItem(item.Id, item.Title, item.Problem, item.Status.ToString(), item.Horizon.ToString(), item.Priority,
                item.Agencies, item.Datasets, item.DataNotCollectedYet, item.PrivacyReview.ToString(), item.Owner, item.StatusReason, item.WhatChanged,
                mine.Count, byCounty, mine.Where(v => !v.Merged).Select(v => v.SubmissionId).ToList(), Score(item),
                item.CreatedAt, item.UpdatedAt, item.DeliveredAt);
        }).ToList();
    }

    /// <summary>
    /// The residents' voices behind each item: its published submissions and those staff merged into them
    /// (their title and county, never who), the one definition every public page and export counts with.
    /// </summary>
    public static async Task<ILookup<Guid, Voice>> VoicesAsync(CommunityVoiceDbContext db, CancellationToken cancellationToken, Guid? onlyItem = null)
    {
        var links = await db.BacklogSubmissions.AsNoTracking().Where(l => onlyItem == null || l.ItemId == onlyItem).ToListAsync(cancellationToken);
        var linked = links.Select(l => l.SubmissionId).ToHashSet();
        var published = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Published && (linked.Contains(s.Id) || (s.DuplicateOf != null && linked.Contains(s.DuplicateOf.Value))))
            .Select(s => new { s.Id, s.DuplicateOf, s.CountyFips, s.PublicTitle }).ToListAsync(cancellationToken);
        // Each row under its own id and the id it was merged into, looked up per link (a scan per link grew as links × rows).
        var byLinkedId = published.SelectMany(s => s.DuplicateOf is { } into ? new[] { (Key: s.Id, Row: s), (Key: into, Row: s) } : [(Key: s.Id, Row: s)])
            .ToLookup(x => x.Key, x => x.Row);
        return links.SelectMany(l => byLinkedId[l.SubmissionId]
                .Select(s => new Voice(l.ItemId, s.Id, s.DuplicateOf == l.SubmissionId, s.CountyFips, s.PublicTitle)))
            .DistinctBy(v => (v.ItemId, v.SubmissionId))
            .ToLookup(v => v.ItemId);
    }

    public static ScoreBreakdown? Score(BacklogItem item)
    {
        if (item.Score is null) return null;
        try { return JsonSerializer.Deserialize<ScoreBreakdown>(item.Score); }
        catch (JsonException) { return null; }
    }
}
