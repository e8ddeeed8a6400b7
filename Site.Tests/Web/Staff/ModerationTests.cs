using System.Net;
using System.Text;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Staff;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Tests.Web.Staff;

public class ModerationTests
{
    static async Task<Guid> HeldAsync(SubmissionSite site, string? email = null)
    {
        var json = """{"kind":"question","title":"My case number AB-123456 was lost","body":"Please call me at (505) 555-0142 about my benefits case, it was closed by mistake.","consent":true,"email":"EMAIL"}""";
        json = email is null ? json.Replace(",\"email\":\"EMAIL\"", "") : json.Replace("EMAIL", email);
        await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        return site.Query(db => db.Submissions.OrderByDescending(s => s.CreatedAt).First().Id);
    }

    static async Task<T> WithAsync<T>(SubmissionSite site, Func<ModerateSubmission, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ModerateSubmission>());
    }

    [Fact]
    public async Task PublishingWithTheMaskedTextMakesItPublicAndIsAudited()
    {
        await using var site = new SubmissionSite();
        var id = await HeldAsync(site);
        var result = await WithAsync(site, m => m.PublishAsync(id, "triage@example.gov", null, null, CancellationToken.None));

        Assert.True(result.Succeeded);
        var html = await site.CreateClient().GetStringAsync($"/submissions/{id}");
        Assert.Contains("[phone removed]", html);
        Assert.DoesNotContain("555-0142", html);
        var audit = site.Query(db => db.AuditEntries.Single());
        Assert.Equal(("triage@example.gov", "publish", $"submission/{id}"), (audit.Actor, audit.Action, audit.Subject));

        await StaffCommand.RunAsync(site.Services, ["add", "--email", "viewer@example.gov", "--role", "Viewer", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null);
        var staff = site.Browser();
        await FormClient.PostAsync(staff, "/staff/login", new Dictionary<string, string> { ["Email"] = "viewer@example.gov", ["Password"] = "Str0ng!Passw0rd-x" });
        var log = await staff.GetStringAsync("/staff/audit");
        Assert.Contains("triage@example.gov", log);
        Assert.Contains($"submission/{id}", log);
    }

    [Fact]
    public async Task AnEditThatPutsPersonalDataBackIsRefused()
    {
        await using var site = new SubmissionSite();
        var id = await HeldAsync(site);
        var result = await WithAsync(site, m => m.PublishAsync(id, "triage@example.gov", null, "Call me on 505-555-0142 please, my case was closed.", CancellationToken.None));
        Assert.False(result.Succeeded);
        Assert.Contains("still contains personal data", result.Error);
        Assert.Equal(SubmissionStatus.Held, site.Query(db => db.Submissions.Single().Status));
        Assert.Empty(site.Query(db => db.AuditEntries.ToList()));
    }

    [Fact]
    public async Task RejectingNeedsAReasonAndEmailsItOnlyToAVerifiedResidentWhoAskedToHearBack()
    {
        await using var site = new SubmissionSite();
        var unverified = await HeldAsync(site, "resident@example.org");
        Assert.False((await WithAsync(site, m => m.RejectAsync(unverified, "triage@example.gov", "  ", CancellationToken.None))).Succeeded);
        Assert.True((await WithAsync(site, m => m.RejectAsync(unverified, "triage@example.gov", "Not about State data.", CancellationToken.None))).Succeeded);
        Assert.Equal(["verify"], site.Query(db => db.OutboxEmails.Select(e => e.Purpose).ToList()));

        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var verified = await HeldAsync(site, "other@example.org");
        site.Query(db =>
        {
            db.Submissions.Single(x => x.Id == verified).EmailVerifiedAt = DateTimeOffset.UtcNow;
            return db.SaveChanges();
        });
        await WithAsync(site, m => m.RejectAsync(verified, "triage@example.gov", "We cannot publish case details.", CancellationToken.None));
        var rejection = site.Query(db => db.OutboxEmails.Single(e => e.Purpose == "rejected"));
        Assert.Equal("other@example.org", rejection.To);
        Assert.Contains("We cannot publish case details.", rejection.TextBody);
        Assert.Equal(2, site.Query(db => db.AuditEntries.Count(a => a.Action == "reject")));
    }

    [Fact]
    public async Task ADuplicateMustPointAtAPublishedSubmission()
    {
        await using var site = new SubmissionSite();
        var first = await HeldAsync(site);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await HeldAsync(site);
        Assert.False((await WithAsync(site, m => m.MarkDuplicateAsync(second, first, "t@example.gov", CancellationToken.None))).Succeeded);
        await WithAsync(site, m => m.PublishAsync(first, "t@example.gov", null, null, CancellationToken.None));
        Assert.True((await WithAsync(site, m => m.MarkDuplicateAsync(second, first, "t@example.gov", CancellationToken.None))).Succeeded);
        Assert.Equal(first, site.Query(db => db.Submissions.Single(s => s.Id == second).DuplicateOf));
    }

    [Fact]
    public async Task TheStaffCommandAddsAnAccountAndRefusesWeakPasswordsAndUnknownRoles()
    {
        await using var site = new SubmissionSite();
        site.CreateClient();
        var error = new StringWriter();
        Assert.Equal(1, await StaffCommand.RunAsync(site.Services, ["add", "--email", "a@example.gov", "--role", "Admin", "--password-stdin"], new StringReader("short"), TextWriter.Null, error));
        Assert.Contains("Passwords must be at least 12 characters", error.ToString());
        Assert.Equal(2, await StaffCommand.RunAsync(site.Services, ["add", "--email", "a@example.gov", "--role", "Boss", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null));
        var output = new StringWriter();
        Assert.Equal(0, await StaffCommand.RunAsync(site.Services, ["add", "--email", "a@example.gov", "--role", "admin", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), output, TextWriter.Null));
        Assert.Contains("added with role Admin", output.ToString());
        Assert.Equal(1, await StaffCommand.RunAsync(site.Services, ["add", "--email", "a@example.gov", "--role", "Admin", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public async Task StaffPagesNeedSignInAndAViewerCannotModerate()
    {
        await using var site = new SubmissionSite();
        var anonymous = await site.Browser().GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/staff/login", anonymous.Headers.Location!.ToString());

        await StaffCommand.RunAsync(site.Services, ["add", "--email", "viewer@example.gov", "--role", "Viewer", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null);
        var id = await HeldAsync(site);
        var client = site.Browser();
        var login = await FormClient.PostAsync(client, "/staff/login", new Dictionary<string, string> { ["Email"] = "viewer@example.gov", ["Password"] = "Str0ng!Passw0rd-x" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var fields = await FormClient.HiddenFieldsAsync(client, "/staff");
        var publish = await client.PostAsync($"/staff?handler=Publish&id={id}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("/staff/denied", publish.Headers.Location!.ToString());
        Assert.Equal(SubmissionStatus.Held, site.Query(db => db.Submissions.Single().Status));
    }

    [Fact]
    public async Task AViewerSeesOnlyTheMaskedTextAndIsRefusedTheOriginal()
    {
        await using var site = new SubmissionSite();
        var id = await HeldAsync(site, "resident@example.org");
        await StaffCommand.RunAsync(site.Services, ["add", "--email", "viewer@example.gov", "--role", "Viewer", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null);
        var viewer = site.Browser();
        await FormClient.PostAsync(viewer, "/staff/login", new Dictionary<string, string> { ["Email"] = "viewer@example.gov", ["Password"] = "Str0ng!Passw0rd-x" });

        var queue = await viewer.GetStringAsync("/staff");
        Assert.Contains("[phone removed]", queue);
        Assert.DoesNotContain("555-0142", queue);
        Assert.DoesNotContain("AB-123456", queue);
        Assert.DoesNotContain("/original", queue);
        var original = await viewer.GetAsync($"/staff/submissions/{id}/original");
        Assert.Equal(HttpStatusCode.Redirect, original.StatusCode);
        Assert.Contains("/staff/denied", original.Headers.Location!.ToString());
        Assert.Empty(site.Query(db => db.AuditEntries.Where(a => a.Action == "view-original").ToList()));
    }

    [Fact]
    public async Task TriageOpensTheOriginalAndTheOpeningIsAudited()
    {
        await using var site = new SubmissionSite();
        var id = await HeldAsync(site, "resident@example.org");
        await StaffCommand.RunAsync(site.Services, ["add", "--email", "triage@example.gov", "--role", "Triage", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null);
        var triage = site.Browser();
        await FormClient.PostAsync(triage, "/staff/login", new Dictionary<string, string> { ["Email"] = "triage@example.gov", ["Password"] = "Str0ng!Passw0rd-x" });

        Assert.DoesNotContain("555-0142", await triage.GetStringAsync("/staff"));
        var response = await triage.GetAsync($"/staff/submissions/{id}/original");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("(505) 555-0142", html);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        // The address itself stays in the database: the page says only whether one was given.
        Assert.DoesNotContain("resident@example.org", html);
        var audit = site.Query(db => db.AuditEntries.Single(a => a.Action == "view-original"));
        Assert.Equal(("triage@example.gov", $"submission/{id}"), (audit.Actor, audit.Subject));
        Assert.Equal(HttpStatusCode.NotFound, (await triage.GetAsync($"/staff/submissions/{Guid.NewGuid()}/original")).StatusCode);
    }

    [Fact]
    public async Task TheQueueMarksTheWordsTheSafetyNetFlaggedBesideThePrefilledText()
    {
        await using var site = new SubmissionSite();
        var json = """{"kind":"question","title":"The portal wants the last four 5521 again","body":"My confirmation ABX77Q2 was emailed but never honored."}""";
        await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        var held = site.Query(db => db.Submissions.Single());
        Assert.Equal(SubmissionStatus.Held, held.Status);
        Assert.Contains("might hold personal data", held.HeldReason);

        await StaffCommand.RunAsync(site.Services, ["add", "--email", "triage@example.gov", "--role", "Triage", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null);
        var triage = site.Browser();
        await FormClient.PostAsync(triage, "/staff/login", new Dictionary<string, string> { ["Email"] = "triage@example.gov", ["Password"] = "Str0ng!Passw0rd-x" });
        var queue = await triage.GetStringAsync("/staff");
        Assert.Contains("Check these words before publishing", queue);
        Assert.Contains("<mark>5521<span class=\"usa-sr-only\"> (flagged:", queue);
        Assert.Contains("<mark>ABX77Q2", queue);
        // The prefilled text is still the whole public text, unmarked, for the person to edit.
        Assert.Contains(">My confirmation ABX77Q2 was emailed but never honored.</textarea>", queue);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        await using var site = new SubmissionSite();
        site.CreateClient();
        await StaffCommand.RunAsync(site.Services, ["add", "--email", "t@example.gov", "--role", "Triage", "--password-stdin"], new StringReader("Str0ng!Passw0rd-x"), TextWriter.Null, TextWriter.Null);
        var client = site.Browser();
        string html = "";
        for (var i = 0; i < 6; i++)
            html = await (await FormClient.PostAsync(client, "/staff/login", new Dictionary<string, string> { ["Email"] = "t@example.gov", ["Password"] = "Wrong!Passw0rd-x" })).Content.ReadAsStringAsync();
        Assert.Contains("locked for 15 minutes", html);
        var right = await FormClient.PostAsync(client, "/staff/login", new Dictionary<string, string> { ["Email"] = "t@example.gov", ["Password"] = "Str0ng!Passw0rd-x" });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}
