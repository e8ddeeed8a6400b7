using System.Security.Cryptography;
using System.Text;
using CommunityVoice.Core.Data;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Ranking;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// Validate → screen (personal data, spam) → store the submission and queue its email in one transaction.
/// Clean submissions are published at once with their masked text; anything masked, flagged as possibly personal
/// or otherwise suspicious is held.
/// </summary>
public sealed class SubmitSubmission(CommunityVoiceDbContext db, PersonalDataMasker masker, Counties counties, SimilarSubmissions similar,
    ICaptchaVerifier captcha, Priorities priorities, EmailThrottle throttle, TimeProvider clock)
{
    /// <param name="context">How it arrived: language, channel, timing and bot signals.</param>
    /// <param name="verifyUrl">Builds the email-verification link from the raw token.</param>
    public async Task<SubmitResult> HandleAsync(SubmissionInput input, SubmissionContext context, Func<string, string> verifyUrl, CancellationToken cancellationToken)
    {
        if (context.HoneypotFilled) return new SubmitResult.Refused("honeypot");
        var errors = input.Validate(counties);
        if (errors.Count > 0) return new SubmitResult.Invalid(errors);

        // Checked after validation so a resident fixing a typo does not spend a single-use token.
        string? captchaHold = null;
        switch (await captcha.VerifyAsync(context.CaptchaToken, context.CaptchaAction, context.RemoteIp, cancellationToken))
        {
            case CaptchaResult.Refused { Reason: CaptchaRefusal.MissingToken }:
                captchaHold = "no captcha token (JavaScript may be off)";
                break;
            case CaptchaResult.Refused refused:
                return new SubmitResult.Refused("captcha: " + refused.Reason);
            case CaptchaResult.Unavailable unavailable:
                captchaHold = "captcha check unavailable: " + unavailable.Reason;
                break;
        }

        var now = clock.GetUtcNow();
        var title = SubmissionInput.Clean(input.Title);
        var body = SubmissionInput.Clean(input.Body);
        var affected = NullIfEmpty(SubmissionInput.Clean(input.Affected));
        var outcome = NullIfEmpty(SubmissionInput.Clean(input.Outcome));
        var agencies = NullIfEmpty(SubmissionInput.Clean(input.Agencies));
        var email = NullIfEmpty(input.Email?.Trim());

        var masked = new[] { title, body, affected, outcome, agencies }.Select(t => t is null ? null : masker.Mask(t)).ToArray();
        var since = now.AddHours(-24);
        var bodyHash = HashToken(body);
        var sameText = await db.Submissions.AnyAsync(s => s.BodyHash == bodyHash && s.CreatedAt >= since, cancellationToken);
        var reasons = SubmissionScreen.HoldReasons(string.Join("\n", title, body, affected, outcome, agencies), context.FillTime, sameText).ToList();
        // The safety net holds what the masker might have missed, in any field; the reason names kinds, never values.
        if (PersonalDataFlag.HoldReason(masked.Where(m => m is not null).SelectMany(m => m!.Flags)) is { } flagged) reasons.Insert(0, flagged);
        if (masked.Any(m => m?.Changed == true)) reasons.Insert(0, "personal data masked");
        if (captchaHold is not null) reasons.Add(captchaHold);

        var submission = new Submission
        {
            Id = Guid.NewGuid(),
            Kind = input.ParsedKind!.Value,
            Status = reasons.Count == 0 ? SubmissionStatus.Published : SubmissionStatus.Held,
            HeldReason = reasons.Count == 0 ? null : string.Join("; ", reasons),
            Language = context.Language,
            Source = context.Source,
            CreatedAt = now,
            PublishedAt = reasons.Count == 0 ? now : null,
            Title = title, Body = body, BodyHash = bodyHash, Affected = affected, Outcome = outcome, Agencies = agencies,
            PublicTitle = masked[0]!.Text, PublicBody = masked[1]!.Text,
            PublicAffected = masked[2]?.Text, PublicOutcome = masked[3]?.Text, PublicAgencies = masked[4]?.Text,
            Topics = SubmissionTopics.Of(priorities, masked[0]!.Text, masked[1]!.Text),
            CountyFips = counties.Find(input.County)?.Fips,
            Email = email,
            WantsReplies = email is not null && input.Consent,
        };
        db.Submissions.Add(submission);

        // An address that had several emails from us in the last hour gets no more: the submission is kept, the
        // email is not queued, so nobody can use this form to flood someone's inbox.
        if (email is not null && await throttle.AllowsAsync(email, "verify", cancellationToken))
        {
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
            submission.VerificationTokenHash = HashToken(token);
            db.OutboxEmails.Add(SubmissionEmails.Verify(submission, verifyUrl(token), now));
        }

        // One SaveChanges is one transaction: the submission and its email are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        if (submission.Status == SubmissionStatus.Published) similar.Invalidate();
        return new SubmitResult.Accepted(submission.Id, submission.Status);
    }

    public static string HashToken(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
