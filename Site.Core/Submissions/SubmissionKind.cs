namespace CommunityVoice.Core.Submissions;

/// <summary>What a resident sent: a question to the data office, or a proposed use of data.</summary>
public enum SubmissionKind
{
    Question,
    UseCase,
}
