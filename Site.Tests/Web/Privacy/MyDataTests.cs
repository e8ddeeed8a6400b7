using System.Net;
using System.Text.Json;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CommunityVoice.Tests.Web.Privacy.ResidentSetup;

namespace CommunityVoice.Tests.Web.Privacy;

/// <summary>/my-data: residents see, download and delete what we hold for their email address, without an account.</summary>
public class MyDataTests
{
    [Fact]
    public async Task AKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneIsEmailedALink()
    {
        await using var site = new SubmissionSite();
        await SubmitAsync(site, "Bus stops without shelter", "Many bus stops in the county have no shelter from sun or rain for people waiting.");
        var client = site.Browser();

        var known = await RequestLinkAsync(site, client, "  rosa.mendez@EXAMPLE.org ");
        var unknown = await RequestLinkAsync(site, client, Stranger);
        Assert.Equal("/my-data?sent=true", known);
        Assert.Equal(known, unknown);
        var answer = await client.GetStringAsync(known);
        Assert.Contains("If we hold anything for this address, we have sent a link to it. The link works for 24 hours.", answer);

        Assert.Equal(1, DataLinksSentTo(site, Resident));
        Assert.Equal(0, DataLinksSentTo(site, Stranger));
        var email = site.Query(db => db.OutboxEmails.Single(e => e.Purpose == PrivacyEmails.Purpose));
        Assert.Equal("Your data on Community Voice", email.Subject);
        Assert.Contains("http://localhost/my-data/access?token=", email.TextBody);
        Assert.DoesNotContain(Resident.ToLowerInvariant(), email.TextBody.Split("token=")[1]);
    }

    [Fact]
    public async Task ASpanishRequestGetsTheAnswerAndTheEmailInSpanish()
    {
        await using var site = new SubmissionSite();
        await SubmitAsync(site, "Paradas sin techo", "Muchas paradas de autobús del condado no tienen techo para la gente que espera.", language: "es");
        var client = site.Browser();
        var answer = await RequestLinkAsync(site, client, Resident, "es");
        Assert.Equal("/es/my-data?sent=true", answer);
        Assert.Contains("Si tenemos algo de esta dirección, le enviamos un enlace a ella.", await client.GetStringAsync(answer));
        var email = site.Query(db => db.OutboxEmails.Single(e => e.Purpose == PrivacyEmails.Purpose));
        Assert.Equal(("es", "Sus datos en Voz de la Comunidad"), (email.Language, email.Subject));
        var page = await client.GetStringAsync(LatestLink(site, Resident));
        Assert.StartsWith("/es/my-data/access?token=", LatestLink(site, Resident));
        Assert.Contains("Lo que nos envió", page);
        Assert.Contains("Muchas paradas de autobús", page);
    }

    [Fact]
    public async Task AWrongAddressGetsAFieldMessageAndKeepsWhatWasTyped()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var response = await FormClient.PostAsync(client, "/my-data", new Dictionary<string, string> { ["Email"] = "rosa at example" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter an email address like name@example.com.", html);
        Assert.Contains("value=\"rosa at example\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(0, site.Query(db => db.OutboxEmails.Count()));

        var empty = await (await FormClient.PostAsync(client, "/es/my-data", new Dictionary<string, string> { ["Email"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("Escriba el correo electrónico que usó en este sitio.", empty);
    }

    [Fact]
    public async Task TheLinkShowsEverythingHeldForTheAddressAndDownloadsItAsJson()
    {
        await using var site = new SubmissionSite();
        var (clean, masked, held, supported) = await ResidentWithDataAsync(site);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var link = LatestLink(site, Resident);

        var page = await client.GetAsync(link);
        Assert.True(page.Headers.CacheControl!.NoStore);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Please call me at (505) 555-0142", html); // the original, for its owner only
        Assert.Contains("[phone removed]", html);
        Assert.Contains("1234 Alameda Blvd", html);
        Assert.Contains("Waiting for a person to review it", html);
        Assert.Contains("Tell families about heating help", html); // the "me too"
        Assert.Contains("Your data on Community Voice", html); // the email with this link
        Assert.Contains("Confirm your email for Community Voice", html);
        Assert.Contains("Delete my data", html);

        var download = await client.GetAsync(link.Replace("/my-data/access?", "/my-data/access/download?"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(Resident.ToLowerInvariant(), root.GetProperty("address").GetString());
        var submissions = root.GetProperty("submissions").EnumerateArray().ToList();
        Assert.Equal([clean, masked, held], submissions.Select(s => s.GetProperty("id").GetGuid()));
        var maskedOne = submissions[1];
        Assert.Contains("555-0142", maskedOne.GetProperty("body").GetString());
        Assert.Contains("[phone removed]", maskedOne.GetProperty("publicBody").GetString());
        Assert.Equal("Published", maskedOne.GetProperty("status").GetString());
        Assert.True(maskedOne.GetProperty("wantsReplies").GetBoolean());
        Assert.Equal(supported, root.GetProperty("supports").EnumerateArray().Single().GetProperty("submissionId").GetGuid());
        Assert.Contains(root.GetProperty("emails").EnumerateArray(), e => e.GetProperty("purpose").GetString() == "verify");

        var audit = site.Query(db => db.AuditEntries.Where(a => a.Actor == PrivacyAudit.Actor).Select(a => a.Action).ToList());
        Assert.Contains(PrivacyAudit.LinkRequested, audit);
        Assert.Contains(PrivacyAudit.Viewed, audit);
        Assert.Contains(PrivacyAudit.Downloaded, audit);
    }

    [Fact]
    public async Task DeletingErasesTheEmailOriginalsAndSupportAndKeepsPublishedMaskedTexts()
    {
        await using var site = new SubmissionSite();
        var (clean, masked, held, supported) = await ResidentWithDataAsync(site);
        var maskedPublic = site.Query(db => db.Submissions.Single(s => s.Id == masked).PublicBody);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var link = LatestLink(site, Resident);

        var erased = await EraseAsync(client, link);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Contains("Your data is deleted", await erased.Content.ReadAsStringAsync());

        site.Query(db =>
        {
            Assert.Equal(0, db.Submissions.Count(s => s.Email != null));
            Assert.DoesNotContain(db.OutboxEmails.AsEnumerable(), e => e.To.Contains("mendez", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(db.UnsubscribeTokens);
            Assert.Null(db.Submissions.SingleOrDefault(s => s.Id == held)); // never published: gone entirely
            var kept = db.Submissions.Single(s => s.Id == masked);
            Assert.Equal((maskedPublic, kept.PublicTitle), (kept.Body, kept.Title)); // the original is the masked text now
            Assert.Contains("[phone removed]", kept.PublicBody);
            Assert.Equal(SubmissionStatus.Published, kept.Status);
            Assert.False(kept.WantsReplies);
            Assert.Null(kept.VerificationTokenHash);
            Assert.Equal(SubmissionStatus.Published, db.Submissions.Single(s => s.Id == clean).Status);
            Assert.Equal(0, db.Submissions.Single(s => s.Id == supported).SupportCount);
            Assert.Equal(0, db.Supports.Count(p => p.SubmissionId == supported));
            return 0;
        });
        Assert.Contains("[phone removed]", await client.GetStringAsync($"/submissions/{masked}"));
    }

    [Fact]
    public async Task DeletingTwiceIsHarmlessAndTheUsedLinkSaysSo()
    {
        await using var site = new SubmissionSite();
        await ResidentWithDataAsync(site);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var link = LatestLink(site, Resident);
        (await EraseAsync(client, link)).EnsureSuccessStatusCode();
        var rows = site.Query(db => db.Submissions.Count());

        var again = await EraseAsync(client, link, formPath: "/my-data");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("The data for this address was deleted after this link was sent", await again.Content.ReadAsStringAsync());
        Assert.Equal(rows, site.Query(db => db.Submissions.Count()));
        Assert.Equal(1, site.Query(db => db.AuditEntries.Count(a => a.Action == PrivacyAudit.Erased)));

        // The erasure itself, run again for the same address, finds nothing to change.
        await using var scope = site.Services.CreateAsyncScope();
        var claim = new DataLinkClaim(Resident.ToLowerInvariant(), scope.ServiceProvider.GetRequiredService<ResidentPseudonym>().Of(Resident), site.Clock.GetUtcNow());
        Assert.Equal(new ErasureCounts(0, 0, 0, 0, 0), await scope.ServiceProvider.GetRequiredService<EraseResidentData>().HandleAsync(claim, default));

        // Asking again afterwards: the same answer, and nothing is held, so nothing is sent.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("/my-data?sent=true", await RequestLinkAsync(site, client, Resident));
        Assert.Equal(0, DataLinksSentTo(site, Resident));
    }

    [Fact]
    public async Task ALinkWorksFor24HoursAndThenRevealsNothing()
    {
        await using var site = new SubmissionSite();
        await ResidentWithDataAsync(site);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var link = LatestLink(site, Resident);

        site.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Contains("555-0142", await client.GetStringAsync(link));
        site.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var expired = await client.GetStringAsync(link);
        Assert.Contains("This link has expired", expired);
        Assert.DoesNotContain("555-0142", expired);
        Assert.DoesNotContain("mendez", expired, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Delete my data</button>", expired);
        var download = await client.GetAsync(link.Replace("/my-data/access?", "/my-data/access/download?"));
        Assert.Null(download.Content.Headers.ContentDisposition);
        Assert.DoesNotContain("555-0142", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATamperedOrMissingTokenRevealsNothingAndDeletesNothing()
    {
        await using var site = new SubmissionSite();
        await ResidentWithDataAsync(site);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var link = LatestLink(site, Resident);
        var token = link[(link.IndexOf("token=") + 6)..];
        var tampered = "/my-data/access?token=" + (token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..]);

        foreach (var url in new[] { tampered, "/my-data/access", "/my-data/access?token=abc", "/es/my-data/access?token=abc" })
        {
            var html = await client.GetStringAsync(url);
            Assert.Contains(url.StartsWith("/es") ? "Este enlace no es válido." : "This link is not valid.", html);
            Assert.DoesNotContain("555-0142", html);
            Assert.DoesNotContain("mendez", html, StringComparison.OrdinalIgnoreCase);
        }
        var erase = await EraseAsync(client, tampered, formPath: "/my-data");
        Assert.Contains("This link is not valid.", await erase.Content.ReadAsStringAsync());
        Assert.Equal(3, site.Query(db => db.Submissions.Count(s => s.Email != null)));
        Assert.Contains(site.Query(db => db.AuditEntries.Select(a => a.Action).ToList()), a => a == PrivacyAudit.LinkRefused);
    }

    [Fact]
    public async Task ALinkIssuedBeforeADeletionNoLongerWorks()
    {
        await using var site = new SubmissionSite();
        await ResidentWithDataAsync(site);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var first = LatestLink(site, Resident);
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        await RequestLinkAsync(site, client, Resident);
        var second = LatestLink(site, Resident);
        Assert.NotEqual(first, second);

        (await EraseAsync(client, second)).EnsureSuccessStatusCode();
        var old = await client.GetStringAsync(first);
        Assert.Contains("The data for this address was deleted after this link was sent", old);
        Assert.DoesNotContain("Bus stops without shelter", old);
    }

    [Fact]
    public async Task OneAddressGetsAtMostThreeLinksAnHourAndTheAnswerNeverChanges()
    {
        await using var site = new SubmissionSite();
        await SubmitAsync(site, "Bus stops without shelter", "Many bus stops in the county have no shelter from sun or rain for people waiting.");
        var client = site.Browser();
        var answers = new List<string>();
        foreach (var typed in new[] { Resident, Resident.ToUpperInvariant(), Resident.ToLowerInvariant(), Resident, Resident })
            answers.Add(await RequestLinkAsync(site, client, typed));
        Assert.All(answers, a => Assert.Equal("/my-data?sent=true", a));
        Assert.Equal(EmailThrottle.PerPurposePerHour, DataLinksSentTo(site, Resident));
        Assert.Equal(2, site.Query(db => db.AuditEntries.Count(a => a.Action == PrivacyAudit.LinkThrottled)));

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        await RequestLinkAsync(site, client, Resident);
        Assert.Equal(EmailThrottle.PerPurposePerHour + 1, DataLinksSentTo(site, Resident));
    }

    [Fact]
    public async Task TheThrottleCountsEveryPurposeOverADayAndIgnoresCase()
    {
        await using var site = new SubmissionSite();
        var now = site.Clock.GetUtcNow();
        site.Query(db =>
        {
            for (var i = 0; i < EmailThrottle.PerAddressPerDay - 1; i++)
                db.OutboxEmails.Add(PrivacyEmails.DataLink(i % 2 == 0 ? "ANA@example.org" : "ana@example.org", "en", "http://x", now.AddHours(-2 - i)));
            foreach (var email in db.ChangeTracker.Entries<OutboxEmail>()) email.Entity.Purpose = "verify";
            return db.SaveChanges();
        });
        await using var scope = site.Services.CreateAsyncScope();
        var throttle = scope.ServiceProvider.GetRequiredService<EmailThrottle>();
        Assert.True(await throttle.AllowsAsync("ana@example.org", "mydata", default)); // 9 in the last day
        Assert.True(await throttle.AllowsAsync("other@example.org", "verify", default));
        site.Query(db => { db.OutboxEmails.Add(PrivacyEmails.DataLink("Ana@Example.org", "en", "http://x", now)); return db.SaveChanges(); });
        Assert.False(await throttle.AllowsAsync(" ana@EXAMPLE.org ", "support", default)); // 10 of any purpose today
        site.Clock.Advance(TimeSpan.FromHours(15)); // the oldest rows are more than a day old now
        Assert.True(await throttle.AllowsAsync("ana@example.org", "support", default));
    }

    [Fact]
    public async Task TheDataRequestFormIsUnderThePerClientRateLimit()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "2" });
        var client = site.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await FormClient.PostAsync(client, "/my-data", new Dictionary<string, string> { ["Email"] = $"r{i}@example.org" })).StatusCode);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task RequestsAndActionsAreAuditedAndLoggedWithoutTheAddressOrToken()
    {
        await using var site = new SubmissionSite();
        await ResidentWithDataAsync(site);
        var client = site.Browser();
        await RequestLinkAsync(site, client, Resident);
        var link = LatestLink(site, Resident);
        await client.GetStringAsync(link);
        (await EraseAsync(client, link)).EnsureSuccessStatusCode();
        var token = link[(link.IndexOf("token=") + 6)..];

        var audit = site.Query(db => db.AuditEntries.Where(a => a.Actor == PrivacyAudit.Actor).ToList());
        // Viewed twice: the resident opened the link, then the page again to press the button.
        Assert.Equal([PrivacyAudit.LinkRequested, PrivacyAudit.Viewed, PrivacyAudit.Viewed, PrivacyAudit.Erased], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Matches("^r-[0-9a-f]{20}$", a.Subject));
        Assert.Single(audit.Select(a => a.Subject).Distinct());
        Assert.All(audit, a => Assert.DoesNotContain("mendez", a.Subject + a.Detail, StringComparison.OrdinalIgnoreCase));

        var logs = await Logs.WaitForAsync(site, "HTTP POST /my-data/access/erase");
        Assert.Contains(audit[0].Subject, logs);
        Assert.DoesNotContain("mendez", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.UnescapeDataString(token), logs);
        Assert.DoesNotContain(token, logs);
    }
}
