namespace CommunityVoice.Core.Email;

/// <summary>
/// Sends one email. Adapters: <c>Pickup</c> (.eml files in the data directory's outbox folder) and <c>Mailjet</c>
/// (Send API v3.1). Called only by the outbox worker, never in a request.
/// </summary>
public interface IEmailSender
{
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
