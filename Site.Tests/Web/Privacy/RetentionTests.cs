using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Outbox;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CommunityVoice.Tests.Web.Privacy.ResidentSetup;

namespace CommunityVoice.Tests.Web.Privacy;

/// <summary>Contact details and original texts are kept only as long as Privacy:RetainContactDays and Privacy:RetainOriginalsDays say.</summary>
public class RetentionTests
{
    static async Task<RetentionCounts> RunAsync(SubmissionSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplyRetention>().RunAsync(default);
    }

    static async Task<string> SupportByEmailAsync(SubmissionSite site, Guid id, string email, bool confirm)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var support = scope.ServiceProvider.GetRequiredService<SupportSubmission>();
        string? token = null;
        Assert.Equal(SupportResult.PendingEmail, await support.ByEmailAsync(id, email, "en", t => "http://localhost/submissions/support/confirm?token=" + (token = t), default));
        if (confirm) Assert.Equal(SupportResult.Counted, await support.ConfirmAsync(token, default));
        return token!;
    }

    [Fact]
    public async Task ContactDetailsGoAfterRetainContactDaysAndOriginalsAfterRetainOriginalsDays()
    {
        await using var site = new SubmissionSite();
        var masked = await SubmitAsync(site, "Closed cases need a second look", "Please call me at (505) 555-0142 about how my case was closed without a visit.");
        await PublishAsync(site, masked);
        var clean = await SubmitAsync(site, "Bus stops without shelter", "Many bus stops in the county have no shelter from sun or rain for people waiting.", email: "ana@example.org");
        await SupportByEmailAsync(site, clean, "lee@example.org", confirm: true);
        await SupportByEmailAsync(site, masked, "kim@example.org", confirm: false);
        site.Query(db => { db.UnsubscribeTokens.Add(new UnsubscribeToken { TokenHash = new string('a', 64), Email = "ana@example.org", CreatedAt = site.Clock.GetUtcNow() }); return db.SaveChanges(); });
        await site.Services.GetRequiredService<OutboxWorker>().SendDueAsync(default);
        var sent = site.Query(db => db.OutboxEmails.Count(e => e.Status == CommunityVoice.Core.Email.OutboxStatus.Sent));
        Assert.Equal(4, sent);

        site.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, (await RunAsync(site)).Total);
        Assert.Contains("555-0142", site.Query(db => db.Submissions.Single(s => s.Id == masked).Body));

        site.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(new RetentionCounts(0, 0, 0, 0, Originals: 1), await RunAsync(site));
        var afterOriginals = site.Query(db => db.Submissions.Single(s => s.Id == masked));
        Assert.Equal((afterOriginals.PublicTitle, afterOriginals.PublicBody), (afterOriginals.Title, afterOriginals.Body));
        Assert.Contains("[phone removed]", afterOriginals.Body);
        Assert.Equal(Resident, afterOriginals.Email); // contact details are kept longer than originals

        site.Clock.Advance(TimeSpan.FromDays(729 - 91));
        Assert.Equal(0, (await RunAsync(site)).Total);

        site.Clock.Advance(TimeSpan.FromDays(2));
        var counts = await RunAsync(site);
        Assert.Equal(new RetentionCounts(SubmissionContacts: 2, Supports: 2, StopLinks: 1, Emails: 4, Originals: 0), counts);
        site.Query(db =>
        {
            Assert.All(db.Submissions.ToList(), s => Assert.Equal((null, false, null, null), (s.Email, s.WantsReplies, s.EmailVerifiedAt, s.VerificationTokenHash)));
            Assert.Equal(0, db.OutboxEmails.Count());
            Assert.Equal(0, db.UnsubscribeTokens.Count());
            Assert.DoesNotContain(db.Supports.ToList(), p => p.SupporterKey.StartsWith("e:") || p.TokenHash != null);
            Assert.Equal(1, db.Submissions.Single(s => s.Id == clean).SupportCount); // the confirmed "me too" still counts
            Assert.Equal(SubmissionStatus.Published, db.Submissions.Single(s => s.Id == masked).Status);
            return 0;
        });
        Assert.Equal(0, (await RunAsync(site)).Total);

        var logs = await Logs.WaitForAsync(site, "Retention pass: contact details erased from 2 submissions, 2 supports, 1 stop links and 4 emails");
        Assert.Contains("originals replaced by public text in 1 submissions", logs);
        foreach (var address in new[] { "mendez", "ana@example.org", "lee@example.org", "kim@example.org" })
            Assert.DoesNotContain(address, logs, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, site.Query(db => db.AuditEntries.Count(a => a.Action == PrivacyAudit.Retention)));
    }

    [Fact]
    public async Task PendingEmailsAndHeldOriginalsAreLeftForTheWorkerAndStaff()
    {
        await using var site = new SubmissionSite();
        var held = await SubmitAsync(site, "Wells near the old mine", "My neighbour John at 1234 Alameda Blvd says the well water tastes of metal.");
        site.Clock.Advance(TimeSpan.FromDays(100));
        var counts = await RunAsync(site);
        Assert.Equal(0, counts.Originals); // not published: staff have not decided yet
        Assert.Contains("1234 Alameda", site.Query(db => db.Submissions.Single(s => s.Id == held).Body));
        // An email still waiting (here: its next try is far off) is the worker's to send or fail, not retention's to drop.
        var waiting = PrivacyEmails.DataLink(Resident, "en", "http://localhost/my-data", site.Clock.GetUtcNow());
        waiting.NextAttemptAt = site.Clock.GetUtcNow().AddYears(10);
        site.Query(db => { db.OutboxEmails.Add(waiting); return db.SaveChanges(); });
        site.Clock.Advance(TimeSpan.FromDays(700));
        Assert.Equal(1, (await RunAsync(site)).SubmissionContacts);
        Assert.True(site.Query(db => db.OutboxEmails.Any(e => e.Id == waiting.Id)));
    }

    [Theory]
    [InlineData("Privacy:RetainContactDays", "0", "Privacy:RetainContactDays must be a whole number of days from 1 to 36500.")]
    [InlineData("Privacy:RetainOriginalsDays", "-3", "Privacy:RetainOriginalsDays must be a whole number of days from 1 to 36500.")]
    public async Task ARetentionPeriodThatIsNotPositiveStopsTheStart(string key, string value, string message)
    {
        await using var site = new SiteFactory(overrides: new Dictionary<string, string?> { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task ThePrivacyPageStatesTheRetentionPeriodsFromConfiguration()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["Privacy:RetainContactDays"] = "400", ["Privacy:RetainOriginalsDays"] = "45" });
        var client = site.CreateClient();
        var english = await client.GetStringAsync("/privacy");
        Assert.Contains("<strong>400 days</strong>", english);
        Assert.Contains("<strong>45 days</strong>", english);
        Assert.DoesNotContain("{{", english);
        var spanish = await client.GetStringAsync("/es/privacy");
        Assert.Contains("<strong>400 días</strong>", spanish);
        Assert.Contains("<strong>45 días</strong>", spanish);
        Assert.Contains("href=\"/es/my-data\"", spanish);
        Assert.Contains("<strong>400 days</strong>", await client.GetStringAsync("/privacy")); // served again from the output cache
    }

    [Fact]
    public async Task TheDefaultsAreTwoYearsForContactsAndNinetyDaysForOriginals()
    {
        await using var site = new SubmissionSite();
        var html = await site.CreateClient().GetStringAsync("/privacy");
        Assert.Contains("<strong>730 days</strong>", html);
        Assert.Contains("<strong>90 days</strong>", html);
    }
}
