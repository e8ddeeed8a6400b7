using System.Net;
using CommunityVoice.Core.Email;

namespace CommunityVoice.Core.Submissions;

/// <summary>The emails a resident gets about a submission, in their language, plain text and HTML.</summary>
public static class SubmissionEmails
{
    public static OutboxEmail Verify(Submission submission, string verifyUrl, DateTimeOffset now)
    {
        var es = submission.Language == "es";
        var subject = es ? "Confirme su correo para Voz de la Comunidad" : "Confirm your email for Community Voice";
        var lines = es
            ? new[] { "Gracias por escribirnos.", $"Recibimos: «{submission.PublicTitle}».", "Confirme su correo para que podamos contarle lo que pase con lo que nos dijo:", verifyUrl, "Si usted no escribió esto, ignore este correo." }
            : new[] { "Thank you for writing to us.", $"We received: \"{submission.PublicTitle}\".", "Confirm your email so we can tell you what happens with what you said:", verifyUrl, "If you did not write this, ignore this email." };
        return Outbox(submission, "verify", subject, lines, verifyUrl, now);
    }

    public static OutboxEmail ConfirmSupport(Submission submission, string email, string language, string confirmUrl, DateTimeOffset now)
    {
        var es = language == "es";
        var subject = es ? "Confirme su apoyo en Voz de la Comunidad" : "Confirm your support on Community Voice";
        var lines = es
            ? new[] { $"Usted apoyó «{submission.PublicTitle}».", "Abra este enlace para que su apoyo cuente (una sola vez por correo):", confirmUrl, "Si no fue usted, ignore este correo." }
            : new[] { $"You supported \"{submission.PublicTitle}\".", "Open this link so your support counts (once per email address):", confirmUrl, "If this was not you, ignore this email." };
        var message = Outbox(submission, "support", subject, lines, confirmUrl, now);
        message.To = email;
        message.Language = language;
        return message;
    }

    public static OutboxEmail Rejected(Submission submission, string reason, DateTimeOffset now)
    {
        var es = submission.Language == "es";
        var subject = es ? "Sobre lo que nos envió a Voz de la Comunidad" : "About what you sent to Community Voice";
        var lines = es
            ? new[] { "Gracias por escribirnos.", $"Leímos «{submission.PublicTitle}» y no lo vamos a publicar. El motivo:", reason, "Puede enviarnos otra pregunta o idea cuando quiera." }
            : new[] { "Thank you for writing to us.", $"We read \"{submission.PublicTitle}\" and will not publish it. The reason:", reason, "You are welcome to send another question or idea at any time." };
        return Outbox(submission, "rejected", subject, lines, null, now);
    }

    internal static OutboxEmail Outbox(Submission submission, string purpose, string subject, string[] lines, string? link, DateTimeOffset now)
    {
        var html = string.Concat(lines.Select(line => line == link
            ? $"<p><a href=\"{WebUtility.HtmlEncode(line)}\">{WebUtility.HtmlEncode(line)}</a></p>"
            : $"<p>{WebUtility.HtmlEncode(line)}</p>"));
        return new OutboxEmail
        {
            Id = Guid.NewGuid(),
            To = submission.Email!,
            Subject = subject,
            TextBody = string.Join("\n\n", lines) + "\n",
            HtmlBody = $"<!DOCTYPE html><html lang=\"{submission.Language}\"><body>{html}</body></html>",
            Language = submission.Language,
            Purpose = purpose,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
