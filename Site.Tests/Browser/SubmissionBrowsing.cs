using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Staff;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityVoice.Tests.Browser;

/// <summary>What the submission and staff browser tests share: seeding through the real commands, and small page helpers.</summary>
public static class SubmissionBrowsing
{
    public const string StaffPassword = "Str0ng!Passw0rd-x";

    /// <summary>The button that sends a question or use-case form (not the one that looks for similar submissions).</summary>
    public const string SendButton = "form.cv-form button[type=submit]:not([formaction])";

    /// <summary>Stores a submission through the real <see cref="SubmitSubmission"/>, as if its form had been filled in at a person's pace.</summary>
    public static async Task<Guid> SubmitAsync(LiveSite site, SubmissionInput input, string language = "en")
    {
        await using var scope = site.Services.CreateAsyncScope();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitSubmission>();
        var result = await submit.HandleAsync(input, new SubmissionContext(language, "web", TimeSpan.FromMinutes(2)),
            token => site.BaseUrl + "/submissions/verify?token=" + token, CancellationToken.None);
        return Assert.IsType<SubmitResult.Accepted>(result).Id;
    }

    /// <summary>Publishes a held submission through the real <see cref="ModerateSubmission"/>.</summary>
    public static async Task PublishAsync(LiveSite site, Guid id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ModerateSubmission>().PublishAsync(id, "test", null, null, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
    }

    public static async Task<SubmissionStatus> StatusOfAsync(LiveSite site, Guid id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Data.CommunityVoiceDbContext>();
        return (await db.Submissions.FindAsync(id))!.Status;
    }

    /// <summary>Adds a staff account the way an operator does, through the real <c>staff add</c> command.</summary>
    public static async Task AddStaffAsync(LiveSite site, string email, string role)
    {
        var error = new StringWriter();
        var code = await StaffCommand.RunAsync(site.Services, ["add", "--email", email, "--role", role, "--password-stdin"],
            new StringReader(StaffPassword), TextWriter.Null, error);
        Assert.True(code == 0, error.ToString());
    }

    public static async Task SignInAsync(IPage page, LiveSite site, string email, string password = StaffPassword)
    {
        await page.GotoAsync(site.BaseUrl + "/staff/login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("main button[type=submit]", new() { HasText = "Sign in" }).ClickAsync();
    }

    public static async Task AssertNoAxeViolationsAsync(IPage page, string what)
    {
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{what}:\n" + string.Join("\n", violations));
    }

    public static string Prefix(string language) => language == "en" ? "" : "/" + language;
}

/// <summary>A site of its own with published and held submissions, enough for two pages of results.</summary>
public sealed class SeededSubmissionsSite : IAsyncLifetime
{
    public LiveSite Site { get; private set; } = null!;
    public Guid QuestionId { get; private set; }
    public Guid UseCaseId { get; private set; }
    public Guid HeldId { get; private set; }
    public const int Published = 25;

    static readonly string[] Topics =
    [
        "child care help", "bus routes", "clinic waiting times", "school meals", "water quality", "broadband in rural areas",
        "housing vouchers", "road repairs", "library hours", "wildfire smoke", "job training", "senior meals",
    ];

    public async Task InitializeAsync()
    {
        Site = new LiveSite();
        var counties = new[] { "35001", "35013", "35049", null };
        for (var i = 0; i < Published - 2; i++)
        {
            var topic = Topics[i % Topics.Length];
            await SubmissionBrowsing.SubmitAsync(Site, new SubmissionInput
            {
                Kind = i % 3 == 0 ? "usecase" : "question",
                Title = $"What do we know about {topic}, part {i + 1}?",
                Body = $"Residents keep asking about {topic}. This is submission number {i + 1}, and it asks what the State measures today.",
                County = counties[i % counties.Length],
            });
        }
        QuestionId = await SubmissionBrowsing.SubmitAsync(Site, new SubmissionInput
        {
            Kind = "question",
            Title = "How many families miss out on child care help?",
            Body = "I would like to know how many families qualify for child care help but never apply for it.\nAnd why they do not.",
            County = "35001",
        });
        UseCaseId = await SubmissionBrowsing.SubmitAsync(Site, new SubmissionInput
        {
            Kind = "usecase",
            Title = "Find the gaps in pharmacy coverage",
            Body = "Some towns are more than an hour from a pharmacy, and nobody seems to know which ones.",
            Affected = "Older people in rural areas, and anyone without a car.",
            Outcome = "A map of the places furthest from a pharmacy, updated every year.",
            Agencies = "The health department and the licensing board.",
            County = "35013",
        }, "es");
        HeldId = await SubmissionBrowsing.SubmitAsync(Site, new SubmissionInput
        {
            Kind = "question",
            Title = "My benefits case was closed by mistake",
            Body = "Call me at (505) 555-0142 or write to maria.lopez@example.com about my closed case please.",
        });
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
