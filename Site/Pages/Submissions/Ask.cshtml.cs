using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;

namespace CommunityVoice.Site.Pages.Submissions;

public sealed class AskModel(SubmitSubmission submit, SimilarSubmissions similar, Counties counties, IDataProtectionProvider protection, TimeProvider clock, IStringLocalizer<SharedResource> T)
    : SubmissionFormModel(submit, similar, counties, protection, clock, T)
{
    public override SubmissionKind Kind => SubmissionKind.Question;
}
