using System.Security.Cryptography;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// "Me too" on a published submission. A database unique index on (submission, supporter) makes the count exact
/// even when the same person clicks twice at once; the count itself is recomputed in SQL, never incremented.
/// </summary>
public sealed class SupportSubmission(CommunityVoiceDbContext db, EmailThrottle throttle, ResidentPseudonym pseudonyms, TimeProvider clock)
{
    /// <summary>
    /// An anonymous "me too", counted at once and once per client (its network address, see the web host's
    /// <c>ClientNetwork</c>) and submission, whether or not the browser keeps cookies. Only a keyed hash of the
    /// address is stored, which cannot be checked against guessed addresses without the key; it is the same for
    /// every submission, so merging near-duplicates still counts each client once.
    /// </summary>
    public async Task<SupportResult> ByClientAsync(Guid submissionId, string clientNetwork, CancellationToken cancellationToken)
    {
        if (!await IsPublishedAsync(submissionId, cancellationToken)) return SupportResult.NotFound;
        var now = clock.GetUtcNow();
        var added = await TryAddAsync(new SubmissionSupport { SubmissionId = submissionId, SupporterKey = "c:" + pseudonyms.Of(clientNetwork), CreatedAt = now, ConfirmedAt = now }, cancellationToken);
        if (!added) return SupportResult.AlreadySupported;
        await RecountAsync(submissionId, cancellationToken);
        return SupportResult.Counted;
    }

    /// <summary>Queues a confirmation email; the support counts once the resident presses the button on the page its link opens.</summary>
    public async Task<SupportResult> ByEmailAsync(Guid submissionId, string? email, string language, Func<string, string> confirmUrl, CancellationToken cancellationToken)
    {
        var address = email?.Trim() ?? "";
        if (!SubmissionInput.IsValidEmail(address)) return SupportResult.InvalidEmail;
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId && s.Status == SubmissionStatus.Published, cancellationToken);
        if (submission is null) return SupportResult.NotFound;

        var now = clock.GetUtcNow();
        // Answered like any other request, but no email: the address had several from us in the last hour.
        if (!await throttle.AllowsAsync(address, "support", cancellationToken)) return SupportResult.PendingEmail;
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var support = new SubmissionSupport { SubmissionId = submissionId, SupporterKey = EmailSupporterKey(address), CreatedAt = now, TokenHash = Hash(token) };
        db.OutboxEmails.Add(SubmissionEmails.ConfirmSupport(submission, address, language, confirmUrl(token), now));
        return await TryAddAsync(support, cancellationToken) ? SupportResult.PendingEmail : SupportResult.AlreadySupported;
    }

    /// <summary>True when <paramref name="token"/> is a confirmation link we sent (read only: opening a link changes nothing).</summary>
    public async Task<bool> IsPendingOrCountedAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return false;
        var hash = Hash(token.Trim());
        return await db.Supports.AnyAsync(s => s.TokenHash == hash, cancellationToken);
    }

    public async Task<SupportResult> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return SupportResult.NotFound;
        var hash = Hash(token.Trim());
        var support = await db.Supports.FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (support is null) return SupportResult.NotFound;
        if (support.ConfirmedAt is null)
        {
            support.ConfirmedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await RecountAsync(support.SubmissionId, cancellationToken);
        }
        return SupportResult.Counted;
    }

    Task<bool> IsPublishedAsync(Guid id, CancellationToken cancellationToken) =>
        db.Submissions.AnyAsync(s => s.Id == id && s.Status == SubmissionStatus.Published, cancellationToken);

    async Task<bool> TryAddAsync(SubmissionSupport support, CancellationToken cancellationToken)
    {
        if (await db.Supports.AnyAsync(s => s.SubmissionId == support.SubmissionId && s.SupporterKey == support.SupporterKey, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return false;
        }
        db.Supports.Add(support);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Lost a race with the same supporter: the unique index kept the count exact.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    Task RecountAsync(Guid submissionId, CancellationToken cancellationToken) => RecountAsync(db, submissionId, cancellationToken);

    /// <summary>How a supporter by email is known: <c>e:</c> and the SHA-256 of the trimmed, lower-cased address.</summary>
    public static string EmailSupporterKey(string address) => "e:" + Hash(EmailThrottle.Normalise(address));

    /// <summary>Sets a submission's count to its confirmed supporters, counted in SQL (never incremented).</summary>
    public static Task RecountAsync(CommunityVoiceDbContext db, Guid submissionId, CancellationToken cancellationToken) =>
        db.Submissions.Where(s => s.Id == submissionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.SupportCount,
            s => db.Supports.Count(p => p.SubmissionId == submissionId && p.ConfirmedAt != null)), cancellationToken);

    static string Hash(string value) => SubmitSubmission.HashToken(value);
}

public enum SupportResult
{
    Counted,
    PendingEmail,
    AlreadySupported,
    InvalidEmail,
    NotFound,
}
