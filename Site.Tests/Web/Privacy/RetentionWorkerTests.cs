using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Site.Infrastructure.Privacy;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static CommunityVoice.Tests.Web.Privacy.ResidentSetup;

namespace CommunityVoice.Tests.Web.Privacy;

public class RetentionWorkerTests
{
    [Fact]
    public async Task TheRetentionWorkerRunsFiveMinutesAfterStartAndThenEveryDay()
    {
        await using var site = new SubmissionSite();
        await SubmitAsync(site, "Bus stops without shelter", "Many bus stops in the county have no shelter from sun or rain for people waiting.");
        site.Clock.Advance(TimeSpan.FromDays(731));
        var timers = new FakeTimeProvider(site.Clock.GetUtcNow());
        using var worker = new RetentionWorker(site.Services.GetRequiredService<IServiceScopeFactory>(), timers,
            site.Services.GetRequiredService<ResidentPseudonym>(), site.Services.GetRequiredService<IHostEnvironment>(), NullLogger<RetentionWorker>.Instance);
        int Passes() => site.Query(db => db.AuditEntries.Count(a => a.Action == PrivacyAudit.Retention));

        await worker.StartAsync(default);
        Assert.Equal(0, Passes());
        timers.Advance(RetentionWorker.FirstRunAfter);
        await WaitUntilAsync(() => Passes() == 1);
        Assert.Equal(0, site.Query(db => db.Submissions.Count(s => s.Email != null)));

        await SubmitAsync(site, "Clinic hours on weekends", "Which clinics are open on Saturday mornings, and how far do people drive to one?");
        site.Clock.Advance(TimeSpan.FromDays(731));
        timers.Advance(RetentionWorker.Interval - TimeSpan.FromSeconds(1));
        Assert.Equal(1, Passes()); // not due yet, so it cannot have run
        timers.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => Passes() == 2);
        Assert.Equal(0, site.Query(db => db.Submissions.Count(s => s.Email != null)));
        await worker.StopAsync(default);
    }

    static async Task WaitUntilAsync(Func<bool> condition) => Assert.True(await Wait.UntilAsync(condition, TimeSpan.FromSeconds(30)));
}
