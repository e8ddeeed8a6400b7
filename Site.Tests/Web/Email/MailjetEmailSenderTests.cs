using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Email;
using CommunityVoice.Site.Infrastructure.Email;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Tests.Web.Email;

public sealed class MailjetEmailSenderTests : IDisposable
{
    const string ApiKey = "test-api-key";
    const string ApiSecret = "test-api-secret";

    readonly MailjetStub mailjet = new();
    readonly RecordingLogger log = new();

    static EmailMessage Message(string to = "ana.garcia@example.org") => new(
        Guid.Parse("7b0c2f1e-3d4a-4b5c-8d6e-9f0a1b2c3d4e"),
        to,
        "Gracias por su propuesta: ¿qué pasará ahora?",
        "Hola: recibimos su propuesta sobre datos de vivienda. Le contaremos qué pasa con ella.",
        "<p>Hola: recibimos su propuesta sobre <strong>datos de vivienda</strong>.</p>",
        "es");

    MailjetEmailSender Sender(string? baseUrl = null, bool sandbox = false, int timeoutSeconds = 5) => new(
        new HttpClient(),
        new EmailOptions
        {
            Provider = EmailOptions.MailjetProvider,
            From = "Community Voice <voice@cdo.example.gov>",
            Mailjet = new MailjetOptions
            {
                ApiKey = ApiKey,
                ApiSecret = ApiSecret,
                BaseUrl = baseUrl ?? mailjet.BaseUrl,
                SandboxMode = sandbox,
                TimeoutSeconds = timeoutSeconds,
            },
        },
        log);

    [Fact]
    public async Task AnAcceptedEmailIsPostedAsTheDocumentedSendRequestAndGivesMailjetsMessageId()
    {
        mailjet.Answer(200, MailjetExamples.BasicResponse);
        var message = Message();

        var result = await Sender().SendAsync(message, CancellationToken.None);

        Assert.Equal(new EmailSendResult.Sent("456"), result);
        var request = Assert.Single(mailjet.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3.1/send", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ApiKey}:{ApiSecret}")), request.Headers["Authorization"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);

        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal(["Messages"], root.EnumerateObject().Select(p => p.Name));
        var sent = Assert.Single(root.GetProperty("Messages").EnumerateArray());
        Assert.Equal(["From", "To", "Subject", "TextPart", "HTMLPart", "CustomID"], sent.EnumerateObject().Select(p => p.Name));
        Assert.Equal("voice@cdo.example.gov", sent.GetProperty("From").GetProperty("Email").GetString());
        Assert.Equal("Community Voice", sent.GetProperty("From").GetProperty("Name").GetString());
        var to = Assert.Single(sent.GetProperty("To").EnumerateArray());
        Assert.Equal(message.To, to.GetProperty("Email").GetString());
        Assert.Equal(message.Subject, sent.GetProperty("Subject").GetString());
        Assert.Equal(message.TextBody, sent.GetProperty("TextPart").GetString());
        Assert.Equal(message.HtmlBody, sent.GetProperty("HTMLPart").GetString());
        Assert.Equal(message.Id.ToString(), sent.GetProperty("CustomID").GetString());
        AssertNothingPersonalWasLogged(message);
    }

    [Fact]
    public async Task SandboxModeIsSentAtTheRootAndTheSandboxAnswerCountsAsSentWithoutAMessageId()
    {
        mailjet.Answer(200, MailjetExamples.SandboxResponse);

        var result = await Sender(sandbox: true).SendAsync(Message(), CancellationToken.None);

        Assert.Equal(new EmailSendResult.Sent(null), result);
        using var body = JsonDocument.Parse(Assert.Single(mailjet.Requests).Body);
        Assert.True(body.RootElement.GetProperty("SandboxMode").GetBoolean());
        Assert.False(body.RootElement.GetProperty("Messages")[0].TryGetProperty("SandboxMode", out _));
    }

    [Fact]
    public async Task AMessageIdBeyondDoublePrecisionIsKeptDigitForDigit()
    {
        mailjet.Answer(200, MailjetExamples.DotnetFixtureResponse);

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(new EmailSendResult.Sent("1234567890987654400"), result);
    }

    [Fact]
    public async Task AValidationErrorFailsWithMailjetsCodesAndMessagesForStaff()
    {
        mailjet.Answer(400, MailjetExamples.ValidationErrorResponse);

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        var failed = Assert.IsType<EmailSendResult.Failed>(result);
        Assert.Contains("mj-0004: Type mismatch. Expected type \"array of emails\".", failed.Reason);
        Assert.Contains("mj-0005: The To is mandatory but missing from the input", failed.Reason);
    }

    [Fact]
    public async Task AnInvalidAddressFailsWithoutTheAddressInTheReasonOrTheLog()
    {
        mailjet.Answer(400, MailjetExamples.InvalidAddressResponse);
        var message = Message(to: "ana.garcia@example");

        var result = await Sender().SendAsync(message, CancellationToken.None);

        var failed = Assert.IsType<EmailSendResult.Failed>(result);
        Assert.StartsWith("mj-0013: ", failed.Reason);
        Assert.DoesNotContain("ana.garcia", failed.Reason);
        Assert.Contains(log.Lines, line => line.Contains("mj-0013"));
        AssertNothingPersonalWasLogged(message);
    }

    [Fact]
    public async Task MalformedJsonReportedAsAGlobalErrorFails()
    {
        mailjet.Answer(400, MailjetExamples.BrokenJsonGlobalError);

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(new EmailSendResult.Failed("mj-0002: Malformed JSON, please review the syntax and properties types."), result);
    }

    [Theory]
    [InlineData(MailjetExamples.BadCredentialsError)]
    [InlineData(null)]
    public async Task RejectedCredentialsKeepTheEmailQueuedWithAReasonNamingTheKeys(string? body)
    {
        mailjet.Answer(401, body);

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        var retry = Assert.IsType<EmailSendResult.RetryLater>(result);
        Assert.Contains("Email:Mailjet:ApiKey", retry.Reason);
        Assert.Contains("Email:Mailjet:ApiSecret", retry.Reason);
        Assert.NotNull(retry.RetryAfter);
    }

    [Fact]
    public async Task ARateLimitedSendIsRetriedAfterTheDelayMailjetAsksFor()
    {
        mailjet.Answer(429, headers: new Dictionary<string, string> { ["Retry-After"] = "30" });

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        var retry = Assert.IsType<EmailSendResult.RetryLater>(result);
        Assert.Contains("429", retry.Reason);
        Assert.Equal(TimeSpan.FromSeconds(30), retry.RetryAfter);
    }

    [Fact]
    public async Task AServerErrorIsRetriedLaterWithMailjetsErrorIdentifier()
    {
        mailjet.Answer(500, MailjetExamples.ServerError);

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        var retry = Assert.IsType<EmailSendResult.RetryLater>(result);
        Assert.Contains("500", retry.Reason);
        Assert.Contains("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4", retry.Reason);
    }

    [Fact]
    public async Task ASlowAnswerIsAbandonedAtTheTimeoutAndRetriedLater()
    {
        mailjet.Answer(200, MailjetExamples.BasicResponse, delay: TimeSpan.FromSeconds(3));
        // The answer would be a success: a timeout reason shows the call was abandoned at the timeout, not answered.
        var result = await Sender(timeoutSeconds: 1).SendAsync(Message(), CancellationToken.None);

        var retry = Assert.IsType<EmailSendResult.RetryLater>(result);
        Assert.Contains("did not answer within 1 s", retry.Reason);
    }

    [Fact]
    public async Task AnUnreachableMailjetIsRetriedLater()
    {
        var result = await Sender(baseUrl: MailjetStub.ClosedBaseUrl()).SendAsync(Message(), CancellationToken.None);

        var retry = Assert.IsType<EmailSendResult.RetryLater>(result);
        Assert.Contains("could not be reached", retry.Reason);
    }

    [Fact]
    public async Task TheCallersCancellationStopsTheSendInsteadOfPassingForATimeout()
    {
        mailjet.Answer(200, MailjetExamples.BasicResponse, delay: TimeSpan.FromSeconds(3));
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender().SendAsync(Message(), shutdown.Token));
    }

    [Fact]
    public async Task ARecipientThatIsNotAnAddressFailsWithoutCallingMailjet()
    {
        mailjet.Answer(200, MailjetExamples.BasicResponse);

        var result = await Sender().SendAsync(Message(to: "not an address"), CancellationToken.None);

        Assert.IsType<EmailSendResult.Failed>(result);
        Assert.Empty(mailjet.Requests);
    }

    void AssertNothingPersonalWasLogged(EmailMessage message)
    {
        Assert.NotEmpty(log.Lines);
        foreach (var line in log.Lines)
        {
            Assert.DoesNotContain(message.To, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Hola", line);
        }
    }

    public void Dispose() => mailjet.Dispose();

    sealed class RecordingLogger : ILogger<MailjetEmailSender>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too, since a sink such as Seq stores them beside the rendered message.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={Render(p.Value)}"))
                : "";
            lock (Lines)
                Lines.Add($"{formatter(state, exception)} {values} {exception}");
        }

        static string? Render(object? value) => value is System.Collections.IEnumerable items and not string
            ? string.Join(",", items.Cast<object?>())
            : value?.ToString();
    }
}
