namespace CommunityVoice.Core.Submissions;

/// <summary>The outcome of a submission attempt; expected failures are values, not exceptions.</summary>
public abstract record SubmitResult
{
    /// <summary>Stored (published or held); the answer the resident gets says which.</summary>
    public sealed record Accepted(Guid Id, SubmissionStatus Status) : SubmitResult;

    /// <summary>Bad input: messages per field, nothing stored.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, FieldError> Errors) : SubmitResult;

    /// <summary>Refused by the bot defences (honeypot, failed captcha), nothing stored.</summary>
    public sealed record Refused(string Reason) : SubmitResult;
}
