using CommunityVoice.Core.Data;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Endpoints;

/// <summary>
/// Open data: <c>/exports/submissions.csv</c>, <c>/exports/roadmap.json</c> and <c>GET /api/v1/roadmap</c>. Published,
/// masked text only, never an email address or an original text. The schemas are described at /developers/api.
/// </summary>
public static class OpenData
{
    public static readonly string[] SubmissionColumns =
        ["id", "kind", "language", "title", "body", "affected", "outcome", "agencies", "county", "published_at", "supporters", "merged_into", "topics"];

    // Text that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe (OWASP).
    static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape, NewLine = "\r\n", WriteByteOrderMark = false };

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/submissions.csv", WriteSubmissionsAsync).ExcludeFromDescription();
        app.MapGet("/exports/roadmap.json", async (CommunityVoiceDbContext db, Counties counties, CancellationToken ct) =>
            TypedResults.Json(new { generatedAt = DateTimeOffset.UtcNow, items = await PublicRoadmap.LoadAsync(db, counties, ct) }))
            .ExcludeFromDescription();
        app.MapGet("/api/v1/roadmap", async (CommunityVoiceDbContext db, Counties counties, CancellationToken ct) =>
            TypedResults.Ok(await PublicRoadmap.LoadAsync(db, counties, ct)))
            .WithTags("Roadmap").WithSummary("The public data roadmap: every backlog item with its status, the counts of residents behind it and its score");
    }

    static async Task WriteSubmissionsAsync(HttpContext context, CommunityVoiceDbContext db, Counties counties, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"submissions.csv\"";
        await using var writer = CsvWriter.Create(context.Response.Body, Csv, leaveOpen: true);
        writer.WriteHeader(SubmissionColumns);
        var rows = db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published).OrderBy(s => s.PublishedAt)
            .Select(s => new { s.Id, s.Kind, s.Language, s.PublicTitle, s.PublicBody, s.PublicAffected, s.PublicOutcome, s.PublicAgencies, s.CountyFips, s.PublishedAt, s.SupportCount, s.DuplicateOf, s.Topics })
            .AsAsyncEnumerable();
        await foreach (var s in rows.WithCancellation(cancellationToken))
            await writer.WriteRecordAsync(
            [
                s.Id.ToString(), s.Kind == SubmissionKind.UseCase ? "usecase" : "question", s.Language, s.PublicTitle, s.PublicBody,
                s.PublicAffected ?? "", s.PublicOutcome ?? "", s.PublicAgencies ?? "", s.CountyFips is null ? "" : counties.Find(s.CountyFips)?.Name ?? "",
                s.PublishedAt?.ToString("O") ?? "", s.SupportCount.ToString(System.Globalization.CultureInfo.InvariantCulture), s.DuplicateOf?.ToString() ?? "",
                string.Join(';', SubmissionTopics.Parse(s.Topics)),
            ], cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
