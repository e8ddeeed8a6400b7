using System.Globalization;
using CommunityVoice.Core.Email;
using MimeKit;

namespace CommunityVoice.Site.Infrastructure.Email;

/// <summary>
/// Writes each email as an <c>.eml</c> file named <c>{yyyyMMddHHmmss}-{id}.eml</c> into the outbox folder, for a
/// person or a mail server's pickup directory to deal with. A file appears whole or not at all.
/// </summary>
public sealed class PickupEmailSender(string outboxDirectory, EmailOptions options) : IEmailSender
{
    readonly MailboxAddress from = MailboxAddress.Parse(options.From);

    public string OutboxDirectory { get; } = Path.GetFullPath(outboxDirectory);

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(message.To, out var to) || !to.Address.Contains('@'))
            return new EmailSendResult.Failed("The recipient address is not a valid email address.");

        string? temporary = null;
        try
        {
            Directory.CreateDirectory(OutboxDirectory);
            // The outbox worker may send again after a crash between writing and recording; one file is enough.
            if (ExistingFile(message.Id) is { } existing)
                return new EmailSendResult.Sent(existing);

            var fileName = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{message.Id:D}.eml");
            // Not *.eml, so nothing that watches the folder picks up a half-written file.
            temporary = Path.Combine(OutboxDirectory, $".{message.Id:D}.{Guid.NewGuid():N}.tmp");
            var mime = Build(message, to);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await mime.WriteToAsync(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            if (ExistingFile(message.Id) is { } written)
                return new EmailSendResult.Sent(written);
            File.Move(temporary, Path.Combine(OutboxDirectory, fileName), overwrite: false);
            temporary = null;
            return new EmailSendResult.Sent(fileName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new EmailSendResult.RetryLater($"Could not write to the outbox folder: {e.GetType().Name}.");
        }
        finally
        {
            if (temporary is not null)
                TryDelete(temporary);
        }
    }

    MimeMessage Build(EmailMessage message, MailboxAddress to)
    {
        var body = new BodyBuilder { TextBody = NullIfEmpty(message.TextBody), HtmlBody = NullIfEmpty(message.HtmlBody) }.ToMessageBody();
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = DateTimeOffset.UtcNow,
            MessageId = $"{message.Id:D}@{Domain(from)}",
            Body = body,
        };
        mime.From.Add(from);
        mime.To.Add(to);
        // RFC 3282: the language of the whole message, set on the body so it travels with both parts.
        body.Headers[HeaderId.ContentLanguage] = message.Language;
        // 7-bit transfer encodings (quoted-printable) so the file survives any relay it is handed to.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    string? ExistingFile(Guid id) =>
        Directory.EnumerateFiles(OutboxDirectory, $"*-{id:D}.eml").Select(Path.GetFileName).FirstOrDefault();

    static string Domain(MailboxAddress sender) =>
        sender.Address.LastIndexOf('@') is var at and >= 0 && at < sender.Address.Length - 1 ? sender.Address[(at + 1)..] : "localhost";

    static string? NullIfEmpty(string text) => string.IsNullOrEmpty(text) ? null : text;

    static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
