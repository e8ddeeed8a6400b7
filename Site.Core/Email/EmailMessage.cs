namespace CommunityVoice.Core.Email;

/// <summary>One email to one resident, already rendered in their language (plain text and HTML parts).</summary>
/// <param name="Id">Stable id of the outbox row; senders pass it on (Mailjet CustomID, Message-Id) so a retry can be recognised.</param>
public sealed record EmailMessage(Guid Id, string To, string Subject, string TextBody, string HtmlBody, string Language);
