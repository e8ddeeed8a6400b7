using System.Security.Cryptography;
using System.Text.Json;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Core.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Roadmap;

/// <summary>The fields staff edit on a backlog item.</summary>
public sealed record BacklogEdit(string? Title, string? Problem, string? Agencies, string? Datasets, bool DataNotCollectedYet,
    PrivacyReview PrivacyReview, string? Owner, Horizon Horizon, int Priority);

/// <summary>Links in emails: an item's public page and an unsubscribe link, in a language.</summary>
public sealed record RoadmapLinks(Func<string, Guid, string> Item, Func<string, string, string> Unsubscribe);

/// <summary>
/// What staff do with the roadmap backlog: promote a cluster or one use case into it, edit an item, and move it
/// through its statuses. Every change goes into the item's history (who, when, why); a status change also
/// queues one email for each resident behind the item who verified an address and asked to hear back.
/// </summary>
public sealed class ManageBacklog(CommunityVoiceDbContext db, TriageBoard board, WebhookEndpoints webhooks, TimeProvider clock)
{
    public static readonly ModerationResult Conflict =
        ModerationResult.Invalid("Someone else changed this item after you opened it. Reload the page to see their change, then make yours again.");

    public async Task<(ModerationResult Result, Guid? Id)> PromoteClusterAsync(string? clusterKey, string actor, CancellationToken cancellationToken)
    {
        var current = await board.LoadAsync(cancellationToken);
        if (current.Find(clusterKey) is not { } cluster) return (ModerationResult.Invalid("That cluster is no longer on the board; reload the page."), null);
        var first = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == cluster.Members[0].Id, cancellationToken);
        return (ModerationResult.Done, await CreateAsync(cluster.Title, first.PublicBody, cluster.Members.Select(m => m.Id).ToList(), cluster.Title,
            JsonSerializer.Serialize(cluster.Score), actor, cancellationToken));
    }

    public async Task<(ModerationResult Result, Guid? Id)> PromoteSubmissionAsync(Guid submissionId, string actor, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId && s.Status == SubmissionStatus.Published, cancellationToken);
        if (submission is null) return (ModerationResult.NotFound, null);
        return (ModerationResult.Done, await CreateAsync(submission.PublicTitle, submission.PublicBody, [submission.Id], null, null, actor, cancellationToken));
    }

    async Task<Guid> CreateAsync(string title, string problem, IReadOnlyList<Guid> submissions, string? cluster, string? score, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = new BacklogItem
        {
            Id = Guid.NewGuid(), Title = Cut(title, BacklogItem.TitleMax), Problem = Cut(problem, BacklogItem.ProblemMax), ClusterName = cluster, Score = score,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.BacklogItems.Add(item);
        db.BacklogSubmissions.AddRange(submissions.Distinct().Select(id => new BacklogSubmission { ItemId = item.Id, SubmissionId = id }));
        db.BacklogChanges.Add(new BacklogChange { ItemId = item.Id, At = now, Actor = actor, What = "promoted", To = cluster is null ? "from one submission" : $"from the cluster \"{cluster}\" ({submissions.Count} submissions)" });
        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = "promote", Subject = $"backlog/{item.Id}", Detail = $"{submissions.Count} submissions", At = now });
        db.WebhookDeliveries.AddRange(WebhookEvents.For(webhooks, "backlog.created", item, now));
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public async Task<ModerationResult> EditAsync(Guid id, int version, BacklogEdit edit, string? why, string actor, CancellationToken cancellationToken)
    {
        var title = SubmissionInput.Clean(edit.Title);
        var problem = SubmissionInput.Clean(edit.Problem);
        if (title.Length == 0 || problem.Length == 0) return ModerationResult.Invalid("The title and the problem statement cannot be empty.");
        if (title.Length > BacklogItem.TitleMax) return ModerationResult.Invalid($"Keep the title to {BacklogItem.TitleMax} characters or fewer.");
        if (problem.Length > BacklogItem.ProblemMax) return ModerationResult.Invalid($"Keep the problem statement to {BacklogItem.ProblemMax} characters or fewer.");
        if (edit.Priority is < 1 or > 5) return ModerationResult.Invalid("The priority must be from 1 (highest) to 5.");
        var fields = new[] { edit.Agencies, edit.Datasets, edit.Owner }.Select(SubmissionInput.Clean).ToArray();
        if (fields.Any(f => f.Length > BacklogItem.FieldMax)) return ModerationResult.Invalid($"Keep agencies, datasets and owner to {BacklogItem.FieldMax} characters each.");

        var item = await db.BacklogItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null) return ModerationResult.NotFound;
        if (item.Version != version) return Conflict;
        var now = clock.GetUtcNow();
        var reason = NullIfEmpty(SubmissionInput.Clean(why));
        void Track<T>(string what, T before, T after, Action<T> set)
        {
            if (EqualityComparer<T>.Default.Equals(before, after)) return;
            db.BacklogChanges.Add(new BacklogChange { ItemId = id, At = now, Actor = actor, What = what, From = before?.ToString(), To = after?.ToString(), Why = reason });
            set(after);
        }
        Track("title", item.Title, title, v => item.Title = v);
        Track("problem", item.Problem, problem, v => item.Problem = v);
        Track("agencies", item.Agencies, NullIfEmpty(fields[0]), v => item.Agencies = v);
        Track("datasets", item.Datasets, NullIfEmpty(fields[1]), v => item.Datasets = v);
        Track("data not collected yet", item.DataNotCollectedYet, edit.DataNotCollectedYet, v => item.DataNotCollectedYet = v);
        Track("privacy and legal review", item.PrivacyReview, edit.PrivacyReview, v => item.PrivacyReview = v);
        Track("owner", item.Owner, NullIfEmpty(fields[2]), v => item.Owner = v);
        Track("horizon", item.Horizon, edit.Horizon, v => item.Horizon = v);
        Track("priority", item.Priority, edit.Priority, v => item.Priority = v);
        return await SaveAsync(item, now, "backlog.updated", cancellationToken);
    }

    public async Task<ModerationResult> ChangeStatusAsync(Guid id, int version, BacklogStatus to, string? reason, string? whatChanged, string actor,
        RoadmapLinks links, CancellationToken cancellationToken)
    {
        var why = NullIfEmpty(SubmissionInput.Clean(reason));
        var changed = NullIfEmpty(SubmissionInput.Clean(whatChanged));
        if (why?.Length > BacklogItem.ReasonMax || changed?.Length > BacklogItem.ReasonMax)
            return ModerationResult.Invalid($"Keep the reason and what changed to {BacklogItem.ReasonMax} characters each.");
        var item = await db.BacklogItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null) return ModerationResult.NotFound;
        if (item.Version != version) return Conflict;
        if (BacklogWorkflow.Refusal(item.Status, to, why, changed) is { } refusal) return ModerationResult.Invalid(refusal);

        var now = clock.GetUtcNow();
        db.BacklogChanges.Add(new BacklogChange { ItemId = id, At = now, Actor = actor, What = "status", From = item.Status.ToString(), To = to.ToString(), Why = why ?? changed });
        item.Status = to;
        item.StatusReason = why;
        if (to == BacklogStatus.Delivered) { item.WhatChanged = changed; item.DeliveredAt = now; }
        await QueueEmailsAsync(item, links, now, cancellationToken);
        return await SaveAsync(item, now, "backlog.status_changed", cancellationToken);
    }

    /// <summary>One email per address among the residents behind the item (and the submissions merged into theirs).</summary>
    async Task QueueEmailsAsync(BacklogItem item, RoadmapLinks links, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var linked = db.BacklogSubmissions.Where(l => l.ItemId == item.Id).Select(l => l.SubmissionId);
        var residents = await db.Submissions.AsNoTracking()
            .Where(s => (linked.Contains(s.Id) || (s.DuplicateOf != null && linked.Contains(s.DuplicateOf.Value)))
                        && s.Email != null && s.WantsReplies && s.EmailVerifiedAt != null)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        foreach (var submission in residents.DistinctBy(s => s.Email!.ToLowerInvariant()))
        {
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
            db.UnsubscribeTokens.Add(new UnsubscribeToken { TokenHash = SubmitSubmission.HashToken(token), Email = submission.Email!.ToLowerInvariant(), CreatedAt = now });
            db.OutboxEmails.Add(RoadmapEmails.StatusChanged(submission, item, links.Item(submission.Language, item.Id), links.Unsubscribe(submission.Language, token), now));
        }
    }

    async Task<ModerationResult> SaveAsync(BacklogItem item, DateTimeOffset now, string webhookEvent, CancellationToken cancellationToken)
    {
        item.UpdatedAt = now;
        item.Version++;
        // Receivers learn of the change in the same transaction, so an event is never lost or sent for a change that failed.
        db.WebhookDeliveries.AddRange(WebhookEvents.For(webhooks, webhookEvent, item, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ModerationResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict; // another save won between our read and our write
        }
    }

    /// <summary>Stops "you said, we did" emails to the address the token was sent to.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return false;
        var hash = SubmitSubmission.HashToken(token.Trim());
        var entry = await db.UnsubscribeTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (entry is null) return false;
        await db.Submissions.Where(s => s.Email != null && s.Email.ToLower() == entry.Email).ExecuteUpdateAsync(u => u.SetProperty(s => s.WantsReplies, false), cancellationToken);
        return true;
    }

    static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
