using System.Text.RegularExpressions;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Privacy;

/// <summary>What the residents' data tests share: a resident's submissions, "me too"s and the emailed data link.</summary>
public static partial class ResidentSetup
{
    public const string Resident = "Rosa.Mendez@example.org";
    public const string Stranger = "nobody.here@example.org";

    [GeneratedRegex(@"https?://[^\s]+/my-data/access\?token=[^\s]+")]
    private static partial Regex DataLink();

    [GeneratedRegex(@"https?://[^\s]+/submissions/support/confirm\?token=[^\s]+")]
    private static partial Regex SupportLink();

    public static async Task<Guid> SubmitAsync(SubmissionSite site, string title, string body, string? email = Resident, string language = "en")
    {
        await using var scope = site.Services.CreateAsyncScope();
        var input = new SubmissionInput { Kind = "usecase", Title = title, Body = body, Email = email, Consent = email is not null };
        var result = await scope.ServiceProvider.GetRequiredService<SubmitSubmission>().HandleAsync(input,
            new SubmissionContext(language, "web", TimeSpan.FromMinutes(2)), token => "http://localhost/submissions/verify?token=" + token, CancellationToken.None);
        return Assert.IsType<SubmitResult.Accepted>(result).Id;
    }

    public static async Task PublishAsync(SubmissionSite site, Guid id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ModerateSubmission>().PublishAsync(id, "triage@example.gov", null, null, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
    }

    /// <summary>
    /// The resident's data: a clean published idea, one with a phone number that staff published masked, one held
    /// (never published), and a confirmed "me too" by email on someone else's idea.
    /// </summary>
    public static async Task<(Guid Clean, Guid Masked, Guid Held, Guid Supported)> ResidentWithDataAsync(SubmissionSite site)
    {
        var clean = await SubmitAsync(site, "Bus stops without shelter", "Many bus stops in the county have no shelter from sun or rain for people waiting.");
        var masked = await SubmitAsync(site, "Closed cases need a second look", "Please call me at (505) 555-0142 about how my case was closed without a visit.");
        await PublishAsync(site, masked);
        var held = await SubmitAsync(site, "Wells near the old mine", "My neighbour John at 1234 Alameda Blvd says the well water tastes of metal.");
        var supported = await SubmitAsync(site, "Tell families about heating help", "Many older people qualify for help with heating bills and never hear about it.", email: null);
        var client = site.Browser();
        var support = await FormClient.PostAsync(client, $"/submissions/{supported}?handler=Support", new Dictionary<string, string> { ["email"] = Resident.ToUpperInvariant() }, formPath: $"/submissions/{supported}");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, support.StatusCode);
        var confirm = SupportLink().Match(site.Query(db => db.OutboxEmails.Single(e => e.Purpose == "support").TextBody)).Value;
        (await FormClient.PostAsync(client, PathOf(confirm), new Dictionary<string, string>())).EnsureSuccessStatusCode();
        Assert.Equal(1, site.Query(db => db.Submissions.Single(s => s.Id == supported).SupportCount));
        return (clean, masked, held, supported);
    }

    /// <summary>Posts the real /my-data form; returns the answer's redirect target.</summary>
    public static async Task<string> RequestLinkAsync(SubmissionSite site, HttpClient client, string email, string language = "en")
    {
        var prefix = language == "en" ? "" : "/" + language;
        var response = await FormClient.PostAsync(client, prefix + "/my-data", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    /// <summary>The path and query of the newest data link emailed to the address.</summary>
    public static string LatestLink(SubmissionSite site, string email) => PathOf(DataLink().Match(site.Query(db => db.OutboxEmails
        .Where(e => e.Purpose == PrivacyEmails.Purpose).AsEnumerable()
        .Where(e => string.Equals(e.To, email, StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.CreatedAt).Last().TextBody)).Value);

    public static int DataLinksSentTo(SubmissionSite site, string email) => site.Query(db => db.OutboxEmails
        .Where(e => e.Purpose == PrivacyEmails.Purpose).AsEnumerable().Count(e => string.Equals(e.To, email, StringComparison.OrdinalIgnoreCase)));

    public static string PathOf(string url) => new Uri(url).PathAndQuery;

    /// <summary>Posts "Delete my data" from the page the link opens.</summary>
    /// <param name="formPath">Where to take the antiforgery token from when the link's page no longer has the form.</param>
    public static async Task<HttpResponseMessage> EraseAsync(HttpClient client, string link, string? formPath = null)
    {
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!;
        var prefix = link.StartsWith("/es/") ? "/es" : "";
        return await FormClient.PostAsync(client, prefix + "/my-data/access/erase", new Dictionary<string, string> { ["token"] = token }, formPath: formPath ?? link);
    }
}
