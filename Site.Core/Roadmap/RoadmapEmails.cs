using CommunityVoice.Core.Email;
using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Core.Roadmap;

/// <summary>"You said, we did": the email a resident gets when an item built on what they said changes status.</summary>
public static class RoadmapEmails
{
    public static OutboxEmail StatusChanged(Submission submission, BacklogItem item, string itemUrl, string unsubscribeUrl, DateTimeOffset now)
    {
        var es = submission.Language == "es";
        var subject = es ? $"Lo que usted nos dijo: «{item.Title}»" : $"What you told us: \"{item.Title}\"";
        var status = es ? StatusEs(item.Status) : BacklogWorkflow.Words(item.Status);
        var lines = new List<string>
        {
            es ? $"Usted nos escribió «{submission.PublicTitle}». Forma parte de un tema de nuestro plan de datos: «{item.Title}»."
               : $"You wrote to us: \"{submission.PublicTitle}\". It is part of an item on our data roadmap: \"{item.Title}\".",
            es ? $"Ahora está: {status}." : $"It is now {status}.",
        };
        var why = item.Status == BacklogStatus.Delivered ? item.WhatChanged : item.StatusReason;
        if (!string.IsNullOrWhiteSpace(why)) lines.Add((es ? "Por qué o qué cambió: " : "Why, or what changed: ") + why);
        lines.Add(es ? "Vea los detalles:" : "See the details:");
        lines.Add(itemUrl);
        lines.Add(es ? "Para no recibir más correos como este, abra este enlace:" : "To stop emails like this one, open this link:");
        lines.Add(unsubscribeUrl);
        var message = SubmissionEmails.Outbox(submission, "roadmap", subject, lines.ToArray(), null, now);
        // Both links are links in the HTML part.
        message.HtmlBody = message.HtmlBody
            .Replace($"<p>{System.Net.WebUtility.HtmlEncode(itemUrl)}</p>", $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(itemUrl)}\">{System.Net.WebUtility.HtmlEncode(itemUrl)}</a></p>")
            .Replace($"<p>{System.Net.WebUtility.HtmlEncode(unsubscribeUrl)}</p>", $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(unsubscribeUrl)}\">{System.Net.WebUtility.HtmlEncode(unsubscribeUrl)}</a></p>");
        return message;
    }

    public static string StatusEs(BacklogStatus status) => status switch
    {
        BacklogStatus.Proposed => "propuesto",
        BacklogStatus.Accepted => "aceptado",
        BacklogStatus.Planned => "planeado",
        BacklogStatus.InProgress => "en curso",
        BacklogStatus.Delivered => "cumplido",
        _ => "no se hará",
    };
}

/// <summary>A link that stops "you said, we did" emails to one address, without an account.</summary>
public sealed class UnsubscribeToken
{
    public required string TokenHash { get; set; }
    public required string Email { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
