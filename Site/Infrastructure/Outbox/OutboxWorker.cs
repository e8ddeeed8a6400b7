using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Infrastructure.Outbox;

/// <summary>
/// Sends queued emails in the background, never in a request. Each email is claimed with a lease (so two nodes
/// do not send it twice), sent, and then marked sent, retried later with backoff, or failed for staff to see.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == Batch) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox could not be processed; trying again shortly");
            }
            try { await Task.Delay(PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends the emails that are due; returns how many it looked at.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxEmails.Where(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt).Take(Batch).ToListAsync(cancellationToken);

        foreach (var email in due)
        {
            // Claim: only the node that moves NextAttemptAt forward from the value it read gets to send.
            var claimed = await db.OutboxEmails
                .Where(e => e.Id == email.Id && e.Status == OutboxStatus.Pending && e.NextAttemptAt == email.NextAttemptAt)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.NextAttemptAt, now + Lease), cancellationToken);
            if (claimed == 0) continue;

            var result = await sender.SendAsync(email.ToMessage(), cancellationToken);
            var attempts = email.Attempts + 1;
            var finished = clock.GetUtcNow();
            switch (result)
            {
                case EmailSendResult.Sent sent:
                    await db.OutboxEmails.Where(e => e.Id == email.Id).ExecuteUpdateAsync(u => u
                        .SetProperty(e => e.Status, OutboxStatus.Sent).SetProperty(e => e.SentAt, finished)
                        .SetProperty(e => e.Attempts, attempts).SetProperty(e => e.ProviderMessageId, sent.ProviderMessageId), cancellationToken);
                    logger.LogInformation("Email {EmailId} ({Purpose}) sent after {Attempts} attempt(s)", email.Id, email.Purpose, attempts);
                    break;
                case EmailSendResult.RetryLater retry:
                    var wait = retry.RetryAfter is { } after && after > OutboxEmail.Backoff(attempts) ? after : OutboxEmail.Backoff(attempts);
                    await db.OutboxEmails.Where(e => e.Id == email.Id).ExecuteUpdateAsync(u => u
                        .SetProperty(e => e.Attempts, attempts).SetProperty(e => e.NextAttemptAt, finished + wait)
                        .SetProperty(e => e.LastError, Truncate(retry.Reason)), cancellationToken);
                    logger.LogWarning("Email {EmailId} will be retried in {Wait}: {Reason}", email.Id, wait, retry.Reason);
                    break;
                case EmailSendResult.Failed failed:
                    await db.OutboxEmails.Where(e => e.Id == email.Id).ExecuteUpdateAsync(u => u
                        .SetProperty(e => e.Status, OutboxStatus.Failed).SetProperty(e => e.Attempts, attempts)
                        .SetProperty(e => e.LastError, Truncate(failed.Reason)), cancellationToken);
                    logger.LogError("Email {EmailId} failed and will not be retried: {Reason}", email.Id, failed.Reason);
                    break;
            }
        }
        return due.Count;
    }

    static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
