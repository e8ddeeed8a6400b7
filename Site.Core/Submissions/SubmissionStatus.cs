namespace CommunityVoice.Core.Submissions;

/// <summary>Where a submission is in moderation. Only <see cref="Published"/> ones are ever shown to the public.</summary>
public enum SubmissionStatus
{
    Held,
    Published,
    Rejected,
}
