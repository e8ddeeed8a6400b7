using System.Text;
using CommunityVoice.Site.Infrastructure.Outbox;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Submissions;

/// <summary>Personal data typed by a resident never reaches a public page, an export, an API answer or a log file.</summary>
public class PersonalDataLeakTests
{
    static readonly string[] Secrets = ["maria.lopez@example.org", "555-0142", "1234 Alameda Blvd", "123-45-6789"];

    [Fact]
    public async Task NothingPersonalReachesPublicPagesExportsApiAnswersOrLogs()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var body = "Please call me at (505) 555-0142, I live at 1234 Alameda Blvd NW. My SSN is 123-45-6789 and my case was closed.";
        var json = $$"""{"kind":"usecase","title":"Closed cases need a second look","body":"{{body}}","email":"maria.lopez@example.org","consent":true}""";
        var created = await client.PostAsync("/api/v1/submissions?email=maria.lopez@example.org", new StringContent(json, Encoding.UTF8, "application/json"));
        var id = site.Query(db => db.Submissions.Single().Id);
        await site.Services.GetRequiredService<OutboxWorker>().SendDueAsync(CancellationToken.None);

        // Staff publish the masked text, so it shows everywhere the public can look, and put it on the roadmap.
        site.Query(db => { db.Submissions.Single().Status = CommunityVoice.Core.Submissions.SubmissionStatus.Published; return db.SaveChanges(); });
        Guid itemId;
        await using (var scope = site.Services.CreateAsyncScope())
            itemId = (await scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Roadmap.ManageBacklog>().PromoteSubmissionAsync(id, "triage@example.gov", default)).Id!.Value;
        var answers = new List<string> { await created.Content.ReadAsStringAsync() };
        foreach (var url in new[] { "/submissions", $"/submissions/{id}", "/es/submissions", "/api/v1/submissions", $"/api/v1/submissions/{id}",
                     "/api/v1/submissions/similar?text=closed%20cases%20second%20look", "/sitemap.xml", "/feed.atom",
                     "/roadmap", $"/roadmap/{itemId}", $"/es/roadmap/{itemId}", "/wins", "/dashboard", "/api/v1/roadmap",
                     "/exports/submissions.csv", "/exports/roadmap.json" })
            answers.Add(await client.GetStringAsync(url));
        Assert.Contains(answers, a => a.Contains("[phone removed]"));
        Assert.True(answers.Count(a => a.Contains("[phone removed]")) >= 6, "the masked text shows on the roadmap and in the exports too");

        // Request log lines are written after the response: wait for the last request's.
        var logs = await Logs.WaitForAsync(site, "HTTP GET /exports/roadmap.json");
        Assert.Contains("HTTP POST /api/v1/submissions", logs);
        foreach (var secret in Secrets)
        {
            Assert.All(answers, a => Assert.DoesNotContain(secret, a));
            Assert.DoesNotContain(secret, logs);
        }
    }

    [Fact]
    public async Task TheMyDataPageShowsDataOnlyWithTheOwnersValidLink()
    {
        await using var site = new SubmissionSite();
        await Privacy.ResidentSetup.SubmitAsync(site, "Closed cases need a second look", "Please call me at (505) 555-0142, my SSN is 123-45-6789 and my case was closed.", email: "maria.lopez@example.org");
        await Privacy.ResidentSetup.SubmitAsync(site, "Bus stops without shelter", "Many bus stops in the county have no shelter from sun or rain for people waiting.", email: "someone.else@example.org");
        var owner = site.Browser();
        await Privacy.ResidentSetup.RequestLinkAsync(site, owner, "maria.lopez@example.org");
        var other = site.Browser();
        await Privacy.ResidentSetup.RequestLinkAsync(site, other, "someone.else@example.org");
        var ownersLink = Privacy.ResidentSetup.LatestLink(site, "maria.lopez@example.org");

        // Someone else's valid link, no link, a guessed one and the request answers show none of it.
        var pages = new List<string>
        {
            await other.GetStringAsync(Privacy.ResidentSetup.LatestLink(site, "someone.else@example.org")),
            await other.GetStringAsync("/my-data/access"),
            await other.GetStringAsync("/my-data/access?token=" + ownersLink[^20..]),
            await other.GetStringAsync("/my-data?sent=true"),
            await other.GetStringAsync("/es/my-data"),
        };
        foreach (var secret in Secrets)
            Assert.All(pages, page => Assert.DoesNotContain(secret, page));
        Assert.Contains("Many bus stops", pages[0]);

        // The owner's link shows the owner's own data, as typed.
        var own = await owner.GetStringAsync(ownersLink);
        Assert.Contains("555-0142", own);
        Assert.Contains("maria.lopez@example.org", own);
        Assert.DoesNotContain("someone.else@example.org", own);
    }
}
