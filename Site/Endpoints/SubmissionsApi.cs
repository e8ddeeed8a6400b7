using System.Text.Json;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Endpoints;

/// <summary>The submissions JSON API (<c>/api/v1/submissions</c>). Answers carry no personal data.</summary>
public static class SubmissionsApi
{
    public const int MaxBodyBytes = 64 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    public static void MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/submissions").WithTags("Submissions");

        api.MapPost("/", PostAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .Produces<SubmissionCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Send a question or a proposed use case")
            .AddOpenApiOperationTransformer(DescribeBodyAsync);

        api.MapGet("/", async (string? query, string? kind, string? county, string? topic, string? status, string? page,
            CommunityVoiceDbContext db, Counties counties, Priorities priorities, CancellationToken ct) =>
        {
            var search = SubmissionSearch.FromQuery(query, kind, county, topic, status, page, counties, priorities);
            var (items, total) = await search.RunAsync(db, counties, ct);
            return TypedResults.Ok(new SubmissionPage(items, total, search.Page, search.PageSize));
        }).WithSummary("Published submissions, newest first");

        api.MapGet("/similar", async (string? text, HttpContext context, SimilarSubmissions similar, CancellationToken ct) =>
            TypedResults.Ok(await similar.FindAsync(text?.Length > 500 ? text[..500] : text, ct, PathCulture.LanguageOf(context))))
            .WithSummary("Up to five published submissions that look like the given text");

        api.MapGet("/{id:guid}", async Task<Results<Ok<PublishedSubmission>, NotFound>> (Guid id, CommunityVoiceDbContext db, Counties counties, CancellationToken ct) =>
        {
            var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Status == SubmissionStatus.Published, ct);
            return submission is null ? TypedResults.NotFound() : TypedResults.Ok((await SubmissionSearch.ToPublicAsync(db, [submission], counties, ct))[0]);
        }).WithSummary("One published submission");
    }

    /// <summary>
    /// The body is read by hand (so that non-JSON gets our 415 and malformed JSON our 400), which hides it from
    /// the OpenAPI generator: describe it here instead of with <c>Accepts&lt;T&gt;()</c>, which would also
    /// change routing.
    /// </summary>
    static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(typeof(SubmissionInput), null, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "A question or a proposed use case. 'email' is optional; when given, 'consent' must be true.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    static async Task<IResult> PostAsync(HttpContext context, SubmitSubmission submit, CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the submission as JSON", "Use Content-Type: application/json.");

        if (context.Request.ContentLength > MaxBodyBytes)
            return TooLarge();

        SubmissionInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<SubmissionInput>(context.Request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 1 } path ? $" at '{path.TrimStart('$', '.')}'" : "";
            return Problem(StatusCodes.Status400BadRequest, "The body is not a valid submission",
                $"The JSON could not be read{where}: check that it is well formed UTF-8, that text fields are strings and that 'consent' is true or false.");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (input is null)
            return Problem(StatusCodes.Status400BadRequest, "The body is not a valid submission", "Send a JSON object.");

        var language = PathCulture.LanguageOf(context);
        var captcha = new SubmissionContext(language, "api", CaptchaToken: input.CaptchaToken, CaptchaAction: "api",
            RemoteIp: context.Connection.RemoteIpAddress?.ToString());
        var result = await submit.HandleAsync(input, captcha, token =>
            PathCulture.AbsoluteUrl(context, language, "/submissions/verify") + "?token=" + token, cancellationToken);
        return result switch
        {
            SubmitResult.Accepted accepted => TypedResults.Created($"/api/v1/submissions/{accepted.Id}",
                new SubmissionCreated(accepted.Id, accepted.Status.ToString().ToLowerInvariant())),
            SubmitResult.Invalid invalid => TypedResults.ValidationProblem(
                invalid.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value.ToString() }),
                title: "Some fields need attention"),
            _ => Problem(StatusCodes.Status400BadRequest, "The submission was refused", "It did not pass the checks against automated sending."),
        };
    }

    static IResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, "The submission is too large", $"Send at most {MaxBodyBytes / 1024} KB.");

    static IResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}

public sealed record SubmissionCreated(Guid Id, string Status);

public sealed record SubmissionPage(IReadOnlyList<PublishedSubmission> Items, int Total, int Page, int PageSize);
