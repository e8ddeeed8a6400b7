using System.Text;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Submissions;

/// <summary>The safety net: a text that might hold personal data waits for a person even when nothing was masked.</summary>
public class PersonalDataHoldTests
{
    static async Task<Submission> PostAsync(SubmissionSite site, string title, string body)
    {
        var json = $$"""{"kind":"question","title":"{{title}}","body":"{{body}}","consent":false}""";
        var response = await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return site.Query(db => db.Submissions.OrderByDescending(s => s.CreatedAt).First());
    }

    [Fact]
    public async Task AFlaggedButUnmaskedTextIsHeldWithAReasonThatNamesKindsNotValues()
    {
        await using var site = new SubmissionSite();

        var stored = await PostAsync(site, "Renewal letters arrive late", "My confirmation ABX77Q2 was emailed but the office never honored it.");

        Assert.Equal(SubmissionStatus.Held, stored.Status);
        Assert.Equal(stored.Body, stored.PublicBody);
        Assert.Contains("might hold personal data (identifier)", stored.HeldReason);
        Assert.DoesNotContain("personal data masked", stored.HeldReason);
        Assert.DoesNotContain("ABX77Q2", stored.HeldReason);
    }

    [Fact]
    public async Task ANameInTheTitleAloneHoldsTheSubmission()
    {
        await using var site = new SubmissionSite();

        var stored = await PostAsync(site, "Brandon is struggling to get his SSI restored", "The office says the paperwork is missing and nobody calls back.");

        Assert.Equal(SubmissionStatus.Held, stored.Status);
        Assert.Equal("[name removed] is struggling to get his SSI restored", stored.PublicTitle);
    }

    [Fact]
    public async Task AnOrdinaryTextWithPublicNumbersIsPublishedAtOnce()
    {
        await using var site = new SubmissionSite();

        var stored = await PostAsync(site, "Route 66 traffic and HB 2", "HB 2 gave $1,200 per family; 3,400 families in ZIP 87102 applied in 2024. Call 1-800-432-6217.");

        Assert.Equal(SubmissionStatus.Published, stored.Status);
    }

    [Fact]
    public async Task StaffCanPublishAFlaggedTextAndSeeWhereEachFlagIs()
    {
        await using var site = new SubmissionSite();
        var stored = await PostAsync(site, "The portal wants the last four 5521 again", "My confirmation ABX77Q2 was emailed but never honored.");

        await using var scope = site.Services.CreateAsyncScope();
        var moderate = scope.ServiceProvider.GetRequiredService<ModerateSubmission>();
        var fields = moderate.ReviewFields(stored);
        var result = await moderate.PublishAsync(stored.Id, "triage@example.gov", null, null, CancellationToken.None);

        var title = Assert.Single(fields, f => f.Field == "Title");
        var flag = Assert.Single(title.Result.Flags);
        Assert.Equal(("5521", PersonalDataFlagKind.Identifier), (title.Original.Substring(flag.Start, flag.Length), flag.Kind));
        var body = Assert.Single(fields, f => f.Field == "Body");
        Assert.Contains(body.Result.Flags, f => body.Original.Substring(f.Start, f.Length) == "ABX77Q2");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(SubmissionStatus.Published, site.Query(db => db.Submissions.Single().Status));
    }
}
