using System.Net;
using System.Text;
using CommunityVoice.Core.Email;
using CommunityVoice.Site.Infrastructure.Outbox;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Email;

/// <summary>The outbox worker against a local Mailjet stub: an outage never loses an email.</summary>
public class OutboxWorkerTests
{
    static SubmissionSite Site(string baseUrl) => new(new Dictionary<string, string?>
    {
        ["Email:Provider"] = "Mailjet",
        ["Email:From"] = "Community Voice <voice@example.gov>",
        ["Email:Mailjet:ApiKey"] = "key",
        ["Email:Mailjet:ApiSecret"] = "secret",
        ["Email:Mailjet:BaseUrl"] = baseUrl,
        ["Email:Mailjet:TimeoutSeconds"] = "5",
    });

    static async Task SubmitWithEmailAsync(SubmissionSite site)
    {
        var json = """{"kind":"question","title":"When will the data inventory be published?","body":"I would like to know when the list of State data sets will be public.","email":"resident@example.org","consent":true}""";
        var response = await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    static Task SendDueAsync(SubmissionSite site) => site.Services.GetRequiredService<OutboxWorker>().SendDueAsync(CancellationToken.None);

    [Fact]
    public async Task AMailjetOutageKeepsTheEmailQueuedAndItIsSentOnceMailjetIsBack()
    {
        using var mailjet = new MailjetStub();
        await using var site = Site(mailjet.BaseUrl);
        await SubmitWithEmailAsync(site);

        mailjet.Answer(500, MailjetExamples.ServerError);
        await SendDueAsync(site);
        var afterOutage = site.Query(db => db.OutboxEmails.Single());
        Assert.Equal((OutboxStatus.Pending, 1), (afterOutage.Status, afterOutage.Attempts));
        Assert.NotNull(afterOutage.LastError);

        mailjet.Answer(429, "", headers: new Dictionary<string, string> { ["Retry-After"] = "120" });
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await SendDueAsync(site);
        var afterLimit = site.Query(db => db.OutboxEmails.Single());
        Assert.Equal(2, afterLimit.Attempts);
        Assert.True(afterLimit.NextAttemptAt >= site.Clock.GetUtcNow().AddSeconds(119), "Retry-After is honoured.");

        site.Clock.Advance(TimeSpan.FromSeconds(30));
        await SendDueAsync(site);
        Assert.Equal(2, site.Query(db => db.OutboxEmails.Single().Attempts));

        mailjet.Answer(200, MailjetExamples.BasicResponse);
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        await SendDueAsync(site);
        var sent = site.Query(db => db.OutboxEmails.Single());
        Assert.Equal((OutboxStatus.Sent, 3), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task AValidationErrorIsRecordedAsFailedForStaffAndNotRetried()
    {
        using var mailjet = new MailjetStub();
        await using var site = Site(mailjet.BaseUrl);
        await SubmitWithEmailAsync(site);
        mailjet.Answer(400, MailjetExamples.ValidationErrorResponse);

        await SendDueAsync(site);
        site.Clock.Advance(TimeSpan.FromHours(1));
        await SendDueAsync(site);

        var failed = site.Query(db => db.OutboxEmails.Single());
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Contains("mj-", failed.LastError);
        Assert.Single(mailjet.Requests);
        Assert.DoesNotContain("resident@example.org", failed.LastError);
    }

    [Fact]
    public async Task WhenMailjetCannotBeReachedNothingIsLost()
    {
        await using var site = Site(MailjetStub.ClosedBaseUrl());
        await SubmitWithEmailAsync(site);
        await SendDueAsync(site);
        var email = site.Query(db => db.OutboxEmails.Single());
        Assert.Equal(OutboxStatus.Pending, email.Status);
        Assert.Equal(1, email.Attempts);
    }
}
