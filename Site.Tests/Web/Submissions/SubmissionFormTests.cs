using System.Net;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Outbox;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Submissions;

public class SubmissionFormTests
{
    static Dictionary<string, string> Question(string title = "How many families miss out on child care help?",
        string body = "I would like to know how many families qualify for child care help but never apply for it.") => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.County"] = "35001",
    };

    [Theory]
    [InlineData("/ask", "will be published on this site after personal details", "href=\"/privacy\"")]
    [InlineData("/es/propose", "se publicará en este sitio después de quitar los datos personales", "href=\"/es/privacy\"")]
    [InlineData("/es/ask", "se publicará en este sitio después de quitar los datos personales", "href=\"/es/privacy\"")]
    public async Task EachFormSaysBeforeItsButtonThatTheTextWillBePublishedAndLinksThePrivacyPage(string path, string notice, string link)
    {
        await using var site = new SubmissionSite();
        var html = await site.CreateClient().GetStringAsync(path);
        var noticeAt = html.IndexOf(notice, StringComparison.Ordinal);
        var buttonAt = html.IndexOf("type=\"submit\" aria-describedby=\"cv-publish-notice\"", StringComparison.Ordinal);
        Assert.True(noticeAt > html.IndexOf("<form", StringComparison.Ordinal), "the notice is in the form");
        Assert.True(noticeAt < buttonAt, "the notice comes before the send button, which points to it");
        Assert.Contains(link, html[noticeAt..buttonAt]);
    }

    [Fact]
    public async Task AQuestionWithoutPersonalDataIsPublishedAndListed()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var response = await FormClient.PostAsync(client, "/ask", Question(), () => site.Clock.Advance(TimeSpan.FromSeconds(30)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("held=false", response.Headers.Location!.ToString());
        var list = await client.GetStringAsync("/submissions");
        Assert.Contains("How many families miss out on child care help?", list);
        Assert.Contains("Bernalillo County", list);
        var id = site.Query(db => db.Submissions.Single().Id);
        Assert.Contains("never apply for it", await client.GetStringAsync($"/submissions/{id}"));
    }

    [Fact]
    public async Task PersonalDataIsMaskedAndTheSubmissionHeldWithTheOriginalKeptForStaff()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var body = "My SNAP case was closed by mistake. Call me at (505) 555-0142 or write to maria.lopez@example.com please.";
        var response = await FormClient.PostAsync(client, "/propose", Question("Closed benefit cases need a second look", body), () => site.Clock.Advance(TimeSpan.FromSeconds(30)));

        Assert.Contains("held=true", response.Headers.Location!.ToString());
        var stored = site.Query(db => db.Submissions.Single());
        Assert.Equal(SubmissionStatus.Held, stored.Status);
        Assert.Equal(SubmissionKind.UseCase, stored.Kind);
        Assert.Equal(body, stored.Body);
        Assert.DoesNotContain("555-0142", stored.PublicBody);
        Assert.DoesNotContain("maria.lopez@example.com", stored.PublicBody);
        Assert.Contains("[phone removed]", stored.PublicBody);
        Assert.Contains("personal data masked", stored.HeldReason);

        var list = await client.GetStringAsync("/submissions");
        Assert.DoesNotContain("Closed benefit cases", list);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/submissions/{stored.Id}")).StatusCode);
    }

    [Fact]
    public async Task MissingAndBadFieldsComeBackWithMessagesInSpanishAndWhatWasTypedIsKept()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var response = await FormClient.PostAsync(client, "/es/ask", new Dictionary<string, string>
        {
            ["Input.Title"] = "Corto",
            ["Input.Body"] = "",
            ["Input.County"] = "99999",
            ["Input.Email"] = "maria@example",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Escriba al menos 8 caracteres para un título (escribió 5).", html);
        Assert.Contains("Escriba la pregunta.", html);
        Assert.Contains("Elija un condado de la lista o déjelo en blanco.", html);
        Assert.Contains("Escriba un correo como nombre@ejemplo.com o déjelo en blanco.", html);
        Assert.Contains("value=\"Corto\"", html);
        Assert.Contains("value=\"maria@example\"", html);
        Assert.Equal(0, site.Query(db => db.Submissions.Count()));
    }

    [Fact]
    public async Task AnEmailWithoutConsentIsRefusedWithAClearMessage()
    {
        await using var site = new SubmissionSite();
        var fields = Question();
        fields["Input.Email"] = "resident@example.org";
        var response = await FormClient.PostAsync(site.Browser(), "/ask", fields);
        Assert.Contains("Tick the box to let us email you, or leave the email empty.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HtmlTypedIntoAFieldIsShownAsTextNeverAsMarkup()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        await FormClient.PostAsync(client, "/ask", Question("<script>alert('x')</script> data question", "What does <b>this</b> do? <img src=x onerror=alert(1)> I would like to know more about it."),
            () => site.Clock.Advance(TimeSpan.FromSeconds(30)));
        // Markup is held for a person first; published as it is, it is still only text.
        var submission = site.Query(db => db.Submissions.Single());
        Assert.Equal("HTML or script markup", submission.HeldReason);
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Moderation.ModerateSubmission>().PublishAsync(submission.Id, "triage@example.gov", null, null, default);
        var html = await client.GetStringAsync("/submissions");
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert(", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public async Task ABotThatFillsTheHoneypotIsRefusedAndAFastOneIsHeld()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var bot = Question();
        bot["Website"] = "http://spam.example";
        var refused = await FormClient.PostAsync(client, "/ask", bot, () => site.Clock.Advance(TimeSpan.FromSeconds(30)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("We could not accept this form", await refused.Content.ReadAsStringAsync());

        var fast = await FormClient.PostAsync(client, "/ask", Question());
        Assert.Contains("held=true", fast.Headers.Location!.ToString());
        Assert.Contains("faster than a person", site.Query(db => db.Submissions.Single().HeldReason));
    }

    [Fact]
    public async Task AFormWithoutTheAntiforgeryTokenIsRejected()
    {
        await using var site = new SubmissionSite();
        var response = await site.Browser().PostAsync("/ask", new FormUrlEncodedContent(Question()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, site.Query(db => db.Submissions.Count()));
    }

    [Fact]
    public async Task AResidentWhoGaveAnEmailGetsAVerificationEmailAndTheLinkVerifiesIt()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        var fields = Question();
        fields["Input.Email"] = "resident@example.org";
        fields["Input.Consent"] = "true";
        await FormClient.PostAsync(client, "/es/ask", fields, () => site.Clock.Advance(TimeSpan.FromSeconds(30)));

        var queued = site.Query(db => db.OutboxEmails.Single());
        Assert.Equal(OutboxStatus.Pending, queued.Status);
        Assert.Equal("es", queued.Language);

        await site.Services.GetRequiredService<OutboxWorker>().SendDueAsync(CancellationToken.None);
        Assert.Equal(OutboxStatus.Sent, site.Query(db => db.OutboxEmails.Single().Status));
        var eml = Directory.GetFiles(Path.Combine(site.DataDirectory, "outbox"), "*.eml").Single();
        var message = await MimeKit.MimeMessage.LoadAsync(eml);
        Assert.Equal("resident@example.org", message.To.Mailboxes.Single().Address);
        var link = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"http://localhost(/es/submissions/verify\?token=[0-9a-f]+)").Groups[1].Value;
        Assert.NotEmpty(link);

        // Opening the link (as a mail scanner would) only shows a button; pressing it confirms.
        Assert.Contains("Confirmar mi correo electrónico", await client.GetStringAsync(link));
        Assert.Null(site.Query(db => db.Submissions.Single().EmailVerifiedAt));
        var page = await (await FormClient.PostAsync(client, link, new Dictionary<string, string>())).Content.ReadAsStringAsync();
        Assert.Contains("Correo confirmado", page);
        Assert.NotNull(site.Query(db => db.Submissions.Single().EmailVerifiedAt));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/submissions/verify?token=nope")).StatusCode);
    }
}
