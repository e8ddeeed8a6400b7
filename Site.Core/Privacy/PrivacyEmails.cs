using System.Net;
using CommunityVoice.Core.Email;

namespace CommunityVoice.Core.Privacy;

/// <summary>The email with a resident's "my data" link, in the language they asked in.</summary>
public static class PrivacyEmails
{
    public const string Purpose = "mydata";

    public static OutboxEmail DataLink(string address, string language, string url, DateTimeOffset now)
    {
        var es = language == "es";
        var subject = es ? "Sus datos en Voz de la Comunidad" : "Your data on Community Voice";
        var lines = es
            ? new[] { "Alguien pidió ver los datos que tenemos de esta dirección de correo.", "Abra este enlace para verlos, descargarlos o borrarlos. Funciona durante 24 horas:", url, "Si no lo pidió usted, ignore este correo: sin el enlace nadie puede ver sus datos." }
            : new[] { "Someone asked to see the data we hold for this email address.", "Open this link to see, download or delete it. It works for 24 hours:", url, "If you did not ask, ignore this email: nobody can see your data without the link." };
        var html = string.Concat(lines.Select(line => line == url
            ? $"<p><a href=\"{WebUtility.HtmlEncode(line)}\">{WebUtility.HtmlEncode(line)}</a></p>"
            : $"<p>{WebUtility.HtmlEncode(line)}</p>"));
        return new OutboxEmail
        {
            Id = Guid.NewGuid(),
            To = address,
            Subject = subject,
            TextBody = string.Join("\n\n", lines) + "\n",
            HtmlBody = $"<!DOCTYPE html><html lang=\"{language}\"><body>{html}</body></html>",
            Language = language,
            Purpose = Purpose,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
