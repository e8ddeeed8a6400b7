using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Submissions;
using Microsoft.Extensions.Logging;
using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Core.Privacy;

/// <summary>
/// A resident asks, without an account, for a link to the data we hold for their email address. The answer is
/// the same for every valid address: the link is emailed only when we hold something for it and the address is
/// not over its email limit, and nothing in the answer says which happened.
/// </summary>
public sealed class RequestDataLink(CommunityVoiceDbContext db, EmailThrottle throttle, ResidentPseudonym pseudonyms, IDataLinkProtector protector,
    TimeProvider clock, ILogger<RequestDataLink> logger)
{
    public const string EmailField = "Email";

    /// <param name="accessUrl">Builds the absolute link to the data page from the token, in <paramref name="language"/>.</param>
    /// <returns>Null when answered; a field error when the address is not a valid one.</returns>
    public async Task<FieldError?> HandleAsync(string? email, string language, Func<string, string> accessUrl, CancellationToken cancellationToken)
    {
        var typed = email?.Trim() ?? "";
        if (typed.Length == 0) return new FieldError("Enter the email address you used on this site.");
        if (!SubmissionInput.IsValidEmail(typed)) return new FieldError("Enter an email address like name@example.com.");

        var address = EmailThrottle.Normalise(typed);
        var pseudonym = pseudonyms.Of(address);
        var now = clock.GetUtcNow();
        var holdsData = await ResidentData.AnyAsync(db, address, cancellationToken);
        // Built and checked either way, so a known and an unknown address take the same steps up to the write.
        var url = accessUrl(protector.Protect(new DataLinkClaim(address, pseudonym, now)));
        var allowed = await throttle.AllowsAsync(address, PrivacyEmails.Purpose, cancellationToken);
        var action = allowed ? PrivacyAudit.LinkRequested : PrivacyAudit.LinkThrottled;
        if (holdsData && allowed)
            db.OutboxEmails.Add(PrivacyEmails.DataLink(address, language, url, now));
        db.AuditEntries.Add(PrivacyAudit.Entry(action, pseudonym, now, holdsData ? "data held" : "no data held"));
        // One SaveChanges is one transaction: the email and the audit entry are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);

        if (!allowed)
            logger.LogWarning("Data link for {Resident} not sent: over the email limit for the address", pseudonym);
        else
            logger.LogInformation("Data link requested for {Resident}: {Outcome}", pseudonym, holdsData ? "emailed" : "nothing held, no email");
        return null;
    }
}
