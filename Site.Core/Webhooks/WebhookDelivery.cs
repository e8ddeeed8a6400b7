using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Roadmap;

namespace CommunityVoice.Core.Webhooks;

public enum DeliveryStatus { Pending, Delivered, Failed }

/// <summary>
/// One event for one receiver, written in the same transaction as the backlog change, then posted by a
/// background worker with retries and backoff. Kept for staff as the delivery log.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxAttempts = 12;

    public Guid Id { get; set; }
    public required string Url { get; set; }
    public required string Event { get; set; }
    public required string Payload { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The receivers configured under <c>Webhooks:Endpoints</c> (URL and shared secret).</summary>
public sealed record WebhookEndpoints(IReadOnlyList<WebhookEndpoint> All);

public sealed record WebhookEndpoint(string Url, string Secret);

/// <summary>Backlog events as JSON, and their HMAC-SHA256 signature.</summary>
public static class WebhookEvents
{
    public const string SignatureHeader = "X-CommunityVoice-Signature", EventHeader = "X-CommunityVoice-Event", DeliveryHeader = "X-CommunityVoice-Delivery";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One delivery per configured receiver for a change of a backlog item (public fields only).</summary>
    public static IEnumerable<WebhookDelivery> For(WebhookEndpoints endpoints, string type, BacklogItem item, DateTimeOffset now) =>
        endpoints.All.Select(endpoint =>
        {
            var id = Guid.NewGuid();
            var payload = JsonSerializer.Serialize(new
            {
                id, type, occurredAt = now,
                item = new
                {
                    item.Id, item.Title, item.Problem, Status = item.Status.ToString(), Horizon = item.Horizon.ToString(), item.Priority,
                    item.StatusReason, item.WhatChanged, item.UpdatedAt,
                },
            }, Json);
            return new WebhookDelivery { Id = id, Url = endpoint.Url, Event = type, Payload = payload, Status = DeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = now };
        });

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body's UTF-8 bytes with the receiver's secret.</summary>
    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
}
