using System.Net.Http.Headers;
using System.Text;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Infrastructure.Webhooks;

/// <summary>
/// Posts queued backlog events to their receivers in the background: signed JSON, a short timeout, retries
/// with backoff on errors, timeouts and non-2xx answers, up to <see cref="WebhookDelivery.MaxAttempts"/>.
/// A receiver that is down or slow never blocks staff, and an event is only ever marked delivered on a 2xx.
/// </summary>
public sealed class WebhookWorker(IServiceScopeFactory scopes, HttpClient http, WebhookEndpoints endpoints, TimeProvider clock,
    ILogger<WebhookWorker> logger) : BackgroundService
{
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1), Lease = TimeSpan.FromMinutes(2);
    const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverDueAsync(stoppingToken) == Batch) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Webhook deliveries could not be processed; trying again shortly");
            }
            try { await Task.Delay(PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Take(Batch).ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAt == delivery.NextAttemptAt)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.NextAttemptAt, now + Lease), cancellationToken);
            if (claimed == 0) continue;

            var (ok, status, error) = await PostAsync(delivery, cancellationToken);
            var attempts = delivery.Attempts + 1;
            var finished = clock.GetUtcNow();
            if (ok)
                await db.WebhookDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(d => d.Status, DeliveryStatus.Delivered).SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.DeliveredAt, finished).SetProperty(d => d.LastStatusCode, status).SetProperty(d => d.LastError, (string?)null), cancellationToken);
            else
            {
                var failed = attempts >= WebhookDelivery.MaxAttempts;
                await db.WebhookDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(d => d.Status, failed ? DeliveryStatus.Failed : DeliveryStatus.Pending).SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.NextAttemptAt, finished + OutboxEmail.Backoff(attempts))
                    .SetProperty(d => d.LastStatusCode, status).SetProperty(d => d.LastError, error), cancellationToken);
                logger.LogWarning("Webhook {DeliveryId} to {Url} failed (attempt {Attempts}): {Error}", delivery.Id, delivery.Url, attempts, error);
            }
        }
        return due.Count;
    }

    async Task<(bool Ok, int? Status, string? Error)> PostAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var endpoint = endpoints.All.FirstOrDefault(e => e.Url == delivery.Url);
        if (endpoint is null) return (false, null, "This receiver is no longer configured.");
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookEvents.SignatureHeader, WebhookEvents.Sign(endpoint.Secret, delivery.Payload));
        request.Headers.Add(WebhookEvents.EventHeader, delivery.Event);
        request.Headers.Add(WebhookEvents.DeliveryHeader, delivery.Id.ToString());
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (true, code, null) : (false, code, $"The receiver answered {code} {response.ReasonPhrase}.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, null, $"No answer within {http.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return (false, null, $"Could not reach the receiver: {ex.Message}");
        }
    }
}
