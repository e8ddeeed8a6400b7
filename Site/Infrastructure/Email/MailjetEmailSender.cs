using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityVoice.Core.Email;
using MimeKit;

namespace CommunityVoice.Site.Infrastructure.Email;

/// <summary>
/// Sends one email per call through Mailjet's Send API v3.1 (<c>POST {BaseUrl}/v3.1/send</c>, basic auth with the
/// API key and secret). The request and the answers it understands are those in <c>../shared/specs/mailjet</c>.
/// Expected failures come back as results: 429, 5xx, timeouts and network errors as
/// <see cref="EmailSendResult.RetryLater"/>, validation errors as <see cref="EmailSendResult.Failed"/>.
/// Logs carry the outbox id and Mailjet's error codes, never an address, a body or Mailjet's error text
/// (which can quote the address).
/// </summary>
public sealed class MailjetEmailSender(HttpClient http, EmailOptions options, ILogger<MailjetEmailSender> logger) : IEmailSender
{
    /// <summary>
    /// Wrong credentials (401), an unauthorised sender (403) or a wrong BaseUrl (404/405) are the operator's to fix,
    /// not the message's fault: the email stays queued and goes once the setting is right, instead of being lost to
    /// a typo. The reason names the key so staff see what to fix; the wait keeps the worker from hammering Mailjet.
    /// </summary>
    static readonly TimeSpan ConfigurationRetryAfter = TimeSpan.FromMinutes(5);

    static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The body goes to an API, not into a page: keep Spanish text and HTML readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    readonly MailboxAddress from = MailboxAddress.Parse(options.From);
    readonly Uri sendUrl = new(new Uri(options.Mailjet.BaseUrl.TrimEnd('/') + "/"), "v3.1/send");
    readonly AuthenticationHeaderValue authorization = new("Basic",
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Mailjet.ApiKey}:{options.Mailjet.ApiSecret}")));

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(message.To, out var to) || !to.Address.Contains('@'))
            return new EmailSendResult.Failed("The recipient address is not a valid email address.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Mailjet.TimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, sendUrl) { Content = Body(message, to) };
            request.Headers.Authorization = authorization;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            var result = Interpret((int)response.StatusCode, response.Headers.RetryAfter, text, message.Id);
            return Masked(result, message.To, to.Address);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Mailjet did not answer within {TimeoutSeconds} s for email {EmailId}", options.Mailjet.TimeoutSeconds, message.Id);
            return new EmailSendResult.RetryLater($"Mailjet did not answer within {options.Mailjet.TimeoutSeconds} s.");
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Mailjet could not be reached for email {EmailId}: {HttpRequestError}", message.Id, e.HttpRequestError);
            return new EmailSendResult.RetryLater($"Mailjet could not be reached ({e.HttpRequestError}).");
        }
    }

    HttpContent Body(EmailMessage message, MailboxAddress to)
    {
        // The shape of the docs' examples (send-v3.1.basic / customid / sandbox.request.docs.json). SandboxMode sits
        // at the root and only when on, as in the sandbox example; the .NET client's AdvanceErrorHandling is not
        // documented by the Send API docs and is left out.
        var payload = new SendRequest(
            [new Message(
                new Address(from.Address, NullIfEmpty(from.Name)),
                [new Address(to.Address, NullIfEmpty(to.Name))],
                message.Subject,
                NullIfEmpty(message.TextBody),
                NullIfEmpty(message.HtmlBody),
                message.Id.ToString("D"))],
            options.Mailjet.SandboxMode ? true : null);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(payload, Json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    EmailSendResult Interpret(int status, RetryConditionHeaderValue? retryAfter, string text, Guid emailId)
    {
        var document = TryParse(text);
        var root = document?.RootElement;
        try
        {
            if (status == 429)
            {
                logger.LogWarning("Mailjet limited the rate for email {EmailId} (429)", emailId);
                return new EmailSendResult.RetryLater("Mailjet is limiting the rate of sends (429).", Wait(retryAfter));
            }
            if (status >= 500 || status == 408)
            {
                var identifier = root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("ErrorIdentifier", out var id) ? id.ToString() : null;
                logger.LogWarning("Mailjet answered {StatusCode} for email {EmailId} (error identifier {ErrorIdentifier})", status, emailId, identifier);
                var reference = string.IsNullOrEmpty(identifier) ? "" : $"; error identifier {identifier}";
                return new EmailSendResult.RetryLater($"Mailjet answered {status}{reference}.", Wait(retryAfter));
            }

            // As the .NET client does, read the body whatever the status: a per-message error comes with HTTP 400.
            if (root is { ValueKind: JsonValueKind.Object } answer)
            {
                if (answer.TryGetProperty("Messages", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0)
                    return FromMessage(messages[0], status, emailId);
                if (answer.TryGetProperty("ErrorCode", out _) || answer.TryGetProperty("ErrorMessage", out _))
                    return FromErrors([ReadError(answer)], status, emailId);
            }

            logger.LogWarning("Mailjet answered {StatusCode} for email {EmailId} with a body that is not a Send API answer", status, emailId);
            return status switch
            {
                401 => Configuration("Mailjet rejected the API credentials (401); check Email:Mailjet:ApiKey and Email:Mailjet:ApiSecret."),
                403 => Configuration("Mailjet refused the request (403); check Email:Mailjet:ApiKey and that Email:From is a validated sender."),
                404 or 405 => Configuration($"Mailjet answered {status}; check Email:Mailjet:BaseUrl."),
                // A 2xx we cannot read may or may not have been accepted; sending twice beats losing the email.
                < 300 => new EmailSendResult.RetryLater($"Mailjet answered {status} with a body that is not a Send API answer."),
                _ => new EmailSendResult.Failed($"Mailjet answered {status} with a body that is not a Send API answer."),
            };
        }
        finally
        {
            document?.Dispose();
        }
    }

    EmailSendResult FromMessage(JsonElement message, int status, Guid emailId)
    {
        var outcome = message.TryGetProperty("Status", out var s) ? s.GetString() : null;
        if (outcome == "success")
        {
            var providerId = ProviderMessageId(message);
            logger.LogInformation("Mailjet accepted email {EmailId} as message {MailjetMessageId}", emailId, providerId);
            return new EmailSendResult.Sent(providerId);
        }

        var errors = message.TryGetProperty("Errors", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(ReadError).ToList()
            : [];
        if (errors.Count == 0)
        {
            logger.LogWarning("Mailjet answered {StatusCode} for email {EmailId} with status {MailjetStatus} and no errors", status, emailId, outcome);
            return new EmailSendResult.RetryLater($"Mailjet answered {status} with message status '{outcome}' and no errors.");
        }
        return FromErrors(errors, status, emailId);
    }

    EmailSendResult FromErrors(IReadOnlyList<MailjetError> errors, int status, Guid emailId)
    {
        logger.LogWarning("Mailjet refused email {EmailId} with {StatusCode}: {ErrorCodes} (error identifiers {ErrorIdentifiers})",
            emailId, status, errors.Select(e => e.Code).ToArray(), errors.Select(e => e.Identifier).ToArray());
        var described = string.Join("; ", errors.Select(e => $"{e.Code}: {e.Text}"));
        var statuses = errors.Select(e => e.StatusCode ?? status).Append(status).ToList();

        if (statuses.Contains(401))
            return Configuration($"Mailjet rejected the API credentials ({described}); check Email:Mailjet:ApiKey and Email:Mailjet:ApiSecret.");
        if (statuses.Contains(403))
            return Configuration($"Mailjet refused the sender or API key ({described}); check Email:From is a validated sender and Email:Mailjet:ApiKey.");
        if (statuses.Any(s => s >= 500))
            return new EmailSendResult.RetryLater($"Mailjet failed ({described}).");
        return new EmailSendResult.Failed(described);
    }

    static EmailSendResult Configuration(string reason) => new EmailSendResult.RetryLater(reason, ConfigurationRetryAfter);

    static MailjetError ReadError(JsonElement error) => new(
        error.TryGetProperty("ErrorCode", out var code) ? code.ToString() : "unknown",
        error.TryGetProperty("ErrorMessage", out var text) ? text.ToString() : "no message",
        error.TryGetProperty("ErrorIdentifier", out var id) ? id.ToString() : null,
        error.TryGetProperty("StatusCode", out var s) && s.TryGetInt32(out var statusCode) ? statusCode : null);

    /// <summary>
    /// <c>MessageID</c> is a 64-bit integer beyond double precision, so it is read as <see cref="long"/>. In sandbox
    /// mode it is 0 with an empty <c>MessageUUID</c> (or both are missing): nothing was sent, so there is no id.
    /// </summary>
    static string? ProviderMessageId(JsonElement message)
    {
        if (!message.TryGetProperty("To", out var to) || to.ValueKind != JsonValueKind.Array || to.GetArrayLength() == 0)
            return null;
        var first = to[0];
        if (first.ValueKind != JsonValueKind.Object)
            return null;
        if (first.TryGetProperty("MessageID", out var id))
        {
            if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number) && number > 0)
                return number.ToString(CultureInfo.InvariantCulture);
            if (id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } and not "0" and var textId)
                return textId;
        }
        return first.TryGetProperty("MessageUUID", out var uuid) && uuid.ValueKind == JsonValueKind.String && uuid.GetString() is { Length: > 0 } value
            ? value
            : null;
    }

    static TimeSpan? Wait(RetryConditionHeaderValue? retryAfter) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Mailjet's error text can quote the address (mj-0013); reasons are stored and may be logged by the caller.</summary>
    static EmailSendResult Masked(EmailSendResult result, params string[] addresses)
    {
        string Mask(string reason) => addresses.Where(a => a.Length > 0)
            .Aggregate(reason, (text, address) => text.Replace(address, "<recipient>", StringComparison.OrdinalIgnoreCase));
        return result switch
        {
            EmailSendResult.Failed failed => failed with { Reason = Mask(failed.Reason) },
            EmailSendResult.RetryLater retry => retry with { Reason = Mask(retry.Reason) },
            _ => result,
        };
    }

    static JsonDocument? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try { return JsonDocument.Parse(text); }
        catch (JsonException) { return null; }
    }

    static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    sealed record SendRequest(IReadOnlyList<Message> Messages, bool? SandboxMode);

    sealed record Message(Address From, IReadOnlyList<Address> To, string Subject, string? TextPart, string? HTMLPart, string CustomID);

    sealed record Address(string Email, string? Name);

    sealed record MailjetError(string Code, string Text, string? Identifier, int? StatusCode);
}
