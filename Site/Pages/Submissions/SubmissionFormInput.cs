using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Site.Pages.Submissions;

/// <summary>The fields of the question and use-case forms, as posted.</summary>
public sealed class SubmissionFormInput
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Affected { get; set; }
    public string? Outcome { get; set; }
    public string? Agencies { get; set; }
    public string? County { get; set; }
    public string? Email { get; set; }
    public bool Consent { get; set; }

    public SubmissionInput ToInput(SubmissionKind kind) => new()
    {
        Kind = kind == SubmissionKind.UseCase ? "usecase" : "question",
        Title = Title, Body = Body, Affected = Affected, Outcome = Outcome, Agencies = Agencies,
        County = County, Email = Email, Consent = Consent,
    };
}
