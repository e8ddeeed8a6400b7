using System.Net;
using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Site.Infrastructure.Clustering;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Support;

/// <summary>Publishing submissions, waiting for their vectors, clustering and signing staff in, for triage tests.</summary>
public static class TriageSupport
{
    public const string Password = "Str0ng!Passw0rd-x";

    /// <summary>A site for triage tests: rate limiting off, so a corpus can be sent at once.</summary>
    public static SubmissionSite NewSite(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        return new SubmissionSite(settings);
    }

    public static async Task<Guid> PublishAsync(this SubmissionSite site, string title, string body, string? county = null, string language = "en")
    {
        var json = JsonSerializer.Serialize(new { kind = "usecase", title, body, county, consent = false });
        var path = language == "es" ? "/es/api/v1/submissions" : "/api/v1/submissions";
        var response = await site.CreateClient().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        // A text the safety net holds (a word that looks like a name) is published as staff would, unedited.
        if (Query(site, db => db.Submissions.Single(s => s.Id == id).Status) == CommunityVoice.Core.Submissions.SubmissionStatus.Held)
        {
            await using var scope = site.Services.CreateAsyncScope();
            var published = await scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Moderation.ModerateSubmission>()
                .PublishAsync(id, "triage@example.gov", null, null, CancellationToken.None);
            Assert.True(published.Succeeded, published.Error);
        }

        return id;
    }

    /// <summary>Waits (at most 60 s) until every published submission has its vector.</summary>
    public static async Task WaitForVectorsAsync(this SiteFactory site)
    {
        var done = await Wait.UntilAsync(() => Query(site, db => db.Submissions.Count(s =>
            s.Status == CommunityVoice.Core.Submissions.SubmissionStatus.Published && !db.Vectors.Any(v => v.SubmissionId == s.Id))) == 0);
        Assert.True(done, "The published submissions did not get their vectors within 60 s.");
    }

    /// <summary>Queues a run as staff would and waits (at most 60 s) for the background worker to finish it.</summary>
    public static async Task<ClusteringRun> RunClusteringAsync(this SiteFactory site, int? k = null, string actor = "triage@example.gov")
    {
        var runs = site.Services.GetRequiredService<RunClustering>();
        var options = site.Services.GetRequiredService<ClusteringOptions>();
        var id = await runs.QueueAsync(actor, options.Featurizer, options.Settings(k), CancellationToken.None);
        ClusteringRun run = null!;
        var finished = await Wait.UntilAsync(() =>
        {
            run = Query(site, db => db.ClusteringRuns.AsNoTracking().Single(r => r.Id == id));
            return run.Status is RunStatus.Succeeded or RunStatus.Failed;
        });
        return finished ? run : throw new TimeoutException("The clustering run did not finish within 60 s.");
    }

    static T Query<T>(SiteFactory site, Func<CommunityVoice.Core.Data.CommunityVoiceDbContext, T> query)
    {
        using var scope = site.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Data.CommunityVoiceDbContext>());
    }

    public static async Task<HttpClient> StaffAsync(this SubmissionSite site, string role)
    {
        var email = $"{role.ToLowerInvariant()}@example.gov";
        await StaffCommand.RunAsync(site.Services, ["add", "--email", email, "--role", role, "--password-stdin"], new StringReader(Password), TextWriter.Null, TextWriter.Null);
        var client = site.Browser();
        var login = await FormClient.PostAsync(client, "/staff/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }
}
