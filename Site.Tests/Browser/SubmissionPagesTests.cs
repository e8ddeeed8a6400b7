using System.Text.RegularExpressions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CommunityVoice.Tests.Browser.SubmissionBrowsing;

namespace CommunityVoice.Tests.Browser;

/// <summary>The question and use-case forms and the public list of submissions, in a real browser, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public class SubmissionPagesTests(BrowserFixture browser, SeededSubmissionsSite seeded) : IClassFixture<SeededSubmissionsSite>
{
    /// <summary>Every page of the submissions feature; {question}, {usecase} and {held} stand for seeded ids.</summary>
    public static TheoryData<string> Urls()
    {
        var paths = new[]
        {
            "/ask", "/propose", "/submissions", "/submissions?query=pharmacy&kind=usecase&county=35013", "/submissions?page=2",
            "/submissions/{question}", "/submissions/{usecase}", "/submissions/received?id={held}&held=true",
            "/submissions/received?id={question}&held=false", "/submissions/verify?token=bad",
        };
        var urls = new TheoryData<string>();
        foreach (var language in new[] { "en", "es" })
            foreach (var path in paths)
                urls.Add(Prefix(language) + path);
        return urls;
    }

    string Resolve(string url) => seeded.Site.BaseUrl + url
        .Replace("{question}", seeded.QuestionId.ToString())
        .Replace("{usecase}", seeded.UseCaseId.ToString())
        .Replace("{held}", seeded.HeldId.ToString());

    static readonly string[] FormUrls = ["/ask", "/propose", "/es/ask", "/es/propose"];

    public static TheoryData<string> Forms() => new(FormUrls);

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task EachSubmissionPagePassesAxeOnDesktopAndPhone(string url)
    {
        foreach (var width in new[] { 1280, 375 })
        {
            await using var context = await browser.NewContextAsync(bypassCsp: true, width: width, height: 800);
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(Resolve(url));
            Assert.Equal(url.Contains("/verify") ? 400 : 200, response!.Status);
            Assert.Equal(url.StartsWith("/es") ? "es" : "en", await page.GetAttributeAsync("html", "lang"));
            await AssertNoAxeViolationsAsync(page, $"{url} at {width}px");
        }
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task EachSubmissionPageWorksWithoutJavaScript(string url)
    {
        await using var context = await browser.NewContextAsync(javaScript: false, width: 375, height: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Resolve(url));

        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".usa-nav__primary a").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cv-language")).ToBeVisibleAsync();
        if (url.EndsWith("/ask") || url.EndsWith("/propose"))
        {
            await Assertions.Expect(page.Locator(SendButton)).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Website")).Not.ToBeInViewportAsync();
        }
        if (url.Contains("/verify"))
            await Assertions.Expect(page.Locator("main .usa-intro")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en", "Confirm my email address", "Email confirmed")]
    [InlineData("es", "Confirmar mi correo electrónico", "Correo confirmado")]
    public async Task AnEmailLinkOnlyShowsAButtonThatConfirmsWithoutJavaScriptAndPassesAxe(string language, string button, string done)
    {
        string? token = null;
        await using (var scope = seeded.Site.Services.CreateAsyncScope())
        {
            // Held (it has a phone number), so the seeded counts of published submissions stay as they are.
            var input = new CommunityVoice.Core.Submissions.SubmissionInput
            {
                Kind = "question", Title = "Who checks the well water near us", Body = "Please call 505-555-0188 about the well tests in our county.",
                Email = $"resident.{language}@example.org", Consent = true,
            };
            await scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Submissions.SubmitSubmission>().HandleAsync(input,
                new CommunityVoice.Core.Submissions.SubmissionContext(language, "web", TimeSpan.FromMinutes(2)), t => token = t, CancellationToken.None);
        }
        var url = seeded.Site.BaseUrl + Prefix(language) + "/submissions/verify?token=" + token;

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync(url))!.Status);
        await AssertNoAxeViolationsAsync(page, $"{language} verify with a button");

        await using var noScript = await browser.NewContextAsync(javaScript: false, width: 375, height: 800);
        var plain = await noScript.NewPageAsync();
        await plain.GotoAsync(url);
        await plain.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(plain.Locator("main h1")).ToHaveTextAsync(done);
    }

    [Fact]
    public async Task TheListShowsTwentyAtATimeWithLinksToThePreviousAndNextPages()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seeded.Site.BaseUrl + "/submissions");

        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync($"{SeededSubmissionsSite.Published} found");
        await Assertions.Expect(page.Locator("main .usa-collection > li")).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator(".usa-pagination [aria-current=page]")).ToHaveTextAsync("Page 1 of 2");
        await Assertions.Expect(page.Locator(".usa-pagination a[rel=prev]")).ToHaveCountAsync(0);
        var firstPage = await page.Locator("main .usa-collection h2").AllInnerTextsAsync();

        await page.Locator(".usa-pagination a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/submissions\?page=2$"));
        await Assertions.Expect(page.Locator(".usa-pagination [aria-current=page]")).ToHaveTextAsync("Page 2 of 2");
        await Assertions.Expect(page.Locator("main .usa-collection > li")).ToHaveCountAsync(SeededSubmissionsSite.Published - 20);
        await Assertions.Expect(page.Locator(".usa-pagination a[rel=next]")).ToHaveCountAsync(0);
        Assert.Empty((await page.Locator("main .usa-collection h2").AllInnerTextsAsync()).Intersect(firstPage));

        await page.Locator(".usa-pagination a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator(".usa-pagination [aria-current=page]")).ToHaveTextAsync("Page 1 of 2");
    }

    [Fact]
    public async Task TheListSearchesAndFiltersWithoutJavaScript()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seeded.Site.BaseUrl + "/submissions");

        // The held submission is never listed, whatever is searched.
        await page.Locator("#query").FillAsync("benefits");
        await page.Locator(".cv-filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("0 found");

        await page.Locator("#query").FillAsync("pharmacy");
        await page.Locator("#kind").SelectOptionAsync("usecase");
        await page.Locator(".cv-filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"query=pharmacy&kind=usecase"));
        await Assertions.Expect(page.Locator("#query")).ToHaveValueAsync("pharmacy");
        await Assertions.Expect(page.Locator("#kind")).ToHaveValueAsync("usecase");
        await Assertions.Expect(page.Locator("main .usa-collection > li")).ToHaveCountAsync(1);

        await page.Locator("#query").FillAsync("");
        await page.Locator("#kind").SelectOptionAsync("question");
        await page.Locator("#county").SelectOptionAsync("35001");
        await page.Locator(".cv-filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#county")).ToHaveValueAsync("35001");
        var items = page.Locator("main .usa-collection > li");
        Assert.True(await items.CountAsync() >= 2);
        foreach (var item in await items.AllAsync())
        {
            await Assertions.Expect(item.Locator(".usa-collection__meta")).ToContainTextAsync("Bernalillo County");
            await Assertions.Expect(item.Locator(".usa-collection__meta")).ToContainTextAsync("Question");
        }

        await page.Locator("main .usa-collection a", new() { HasText = "How many families miss out on child care help?" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(seeded.Site.BaseUrl + $"/submissions/{seeded.QuestionId}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("How many families miss out on child care help?");
        await Assertions.Expect(page.Locator("main .cv-body")).ToContainTextAsync("never apply for it.");
        await page.Locator(".usa-breadcrumb a", new() { HasText = "What residents asked and proposed" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(seeded.Site.BaseUrl + "/submissions");
    }

    [Fact]
    public async Task AUseCaseShowsItsDetailsInSpanishAndAHeldSubmissionIsNotFound()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(seeded.Site.BaseUrl + $"/es/submissions/{seeded.UseCaseId}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Find the gaps in pharmacy coverage");
        // The three parts of a use case, its topics, and what became of it.
        await Assertions.Expect(page.Locator("main article h2")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("main article h2").Nth(3)).ToHaveTextAsync("Temas");
        await Assertions.Expect(page.Locator("main article h2").Nth(4)).ToHaveTextAsync("Qué pasó con esto");
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync("Aún no está en el plan.");
        await Assertions.Expect(page.Locator("main article a", new() { HasText = "Salud" })).ToHaveAttributeAsync("href", "/es/submissions?topic=health");
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync("A map of the places furthest from a pharmacy");
        await Assertions.Expect(page.Locator("main .cv-kind")).ToContainTextAsync("Doña Ana County");

        var held = await page.GotoAsync(seeded.Site.BaseUrl + $"/submissions/{seeded.HeldId}");
        Assert.Equal(404, held!.Status);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("555-0142");
    }

    [Fact]
    public async Task AQuestionSentInAHurryIsHeldAndTheResidentIsToldWhy()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(seeded.Site.BaseUrl + "/ask");
        await page.GetByLabel("Your question in a few words").FillAsync("Which roads are repaired first, and why?");
        await page.GetByLabel("Your question", new() { Exact = true }).FillAsync("I want to understand how the State decides which roads get repaired each year.");
        await page.GetByLabel("County").SelectOptionAsync(new SelectOptionValue { Label = "Bernalillo County" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my question" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/submissions/received\?id=[0-9a-f-]{36}&held=true$"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");
        await Assertions.Expect(page.Locator("main .usa-alert--success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A member of our staff will read it before it is published.");
    }

    [Fact]
    public async Task AUseCaseSentInSpanishWithEveryFieldLandsOnTheSpanishThankYouPage()
    {
        await using var context = await browser.NewContextAsync(width: 375, height: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seeded.Site.BaseUrl + "/es/propose");
        await page.Locator("#Input_Title").FillAsync("Mapa de las paradas de autobús sin techo");
        await page.Locator("#Input_Body").FillAsync("Muchas paradas no tienen sombra y en verano la espera es peligrosa para los mayores.");
        await page.Locator("#Input_Affected").FillAsync("Personas mayores que usan el autobús.");
        await page.Locator("#Input_Outcome").FillAsync("Qué paradas necesitan sombra primero.");
        await page.Locator("#Input_Agencies").FillAsync("Transporte.");
        await page.Locator("#Input_County").SelectOptionAsync("35013");
        await page.Locator("#Input_Email").FillAsync("vecina@example.org");
        await page.Locator("label[for=Input_Consent]").ClickAsync();
        await page.Locator(SendButton).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/es/submissions/received\?id=[0-9a-f-]{36}&held=true$"));
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("main .usa-alert--success")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AnEmptyFormComesBackWithAnErrorSummaryWhoseLinksMoveFocusToTheFields(string url)
    {
        // A site of its own: the server allows each client only a few form posts a minute.
        await using var site = new LiveSite();
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);
        await page.Locator(SendButton).ClickAsync();

        var summary = page.Locator("main .usa-alert--error");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        var links = summary.Locator("a");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        foreach (var link in await links.AllAsync())
        {
            var target = (await link.GetAttributeAsync("href"))!;
            Assert.StartsWith("#Input_", target);
            await link.ClickAsync();
            await Assertions.Expect(page.Locator(target)).ToBeFocusedAsync();
            // The message by the field says the same as the summary, and is read out with it.
            var message = (await page.Locator(target + "-error").InnerTextAsync()).Trim();
            Assert.Equal((await link.InnerTextAsync()).Trim(), message);
            Assert.Contains(target[1..] + "-error", await page.Locator(target).GetAttributeAsync("aria-describedby") ?? "");
            await Assertions.Expect(page.Locator(target)).ToHaveAttributeAsync("aria-invalid", "true");
        }
        await Assertions.Expect(page.Locator("main .usa-form-group--error")).ToHaveCountAsync(2);

        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await AssertNoAxeViolationsAsync(page, $"{url} with errors at {width}px");
        }

        // What was typed comes back, with a message for each field still wrong.
        await page.Locator("#Input_Title").FillAsync("Short");
        await page.Locator("#Input_Body").FillAsync("Too short\nbut kept");
        await page.Locator("#Input_County").SelectOptionAsync("35001");
        await page.Locator("#Input_Email").FillAsync("maria@example");
        await page.Locator(SendButton).ClickAsync();
        await Assertions.Expect(summary.Locator("a")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveValueAsync("Short");
        await Assertions.Expect(page.Locator("#Input_Body")).ToHaveValueAsync("Too short\nbut kept");
        await Assertions.Expect(page.Locator("#Input_County")).ToHaveValueAsync("35001");
        await Assertions.Expect(page.Locator("#Input_Email")).ToHaveValueAsync("maria@example");
        await Assertions.Expect(page.Locator("#Input_Email-error")).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page, $"{url} with errors and values");
    }

    [Fact]
    public async Task WithoutJavaScriptAFormShowsItsErrorsAndThenSends()
    {
        await using var site = new LiveSite();
        await using var context = await browser.NewContextAsync(javaScript: false, width: 375, height: 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/es/ask");
        await page.Locator(SendButton).ClickAsync();
        var summary = page.Locator("main .usa-alert--error");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await summary.Locator("a[href='#Input_Body']").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Body")).ToBeFocusedAsync();

        await page.Locator("#Input_Title").FillAsync("¿Cuántas familias no piden ayuda?");
        await page.Locator("#Input_Body").FillAsync("Quiero saber cuántas familias tienen derecho a ayuda para el cuidado infantil y no la piden.");
        await page.Locator(SendButton).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/es/submissions/received\?id=[0-9a-f-]{36}&held=true(#.*)?$"));
        await Assertions.Expect(page.Locator("main .usa-alert--success")).ToBeVisibleAsync();
    }

    /// <summary>The one test that waits out the minimum fill time, so its question is published at once.</summary>
    [Fact]
    public async Task AQuestionSentAtAPersonsPaceIsPublishedAndLinkedFromTheThankYouPage()
    {
        await using var site = new LiveSite();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/ask");
        await page.Locator("#Input_Title").FillAsync("How long do clinic waiting lists get?");
        await page.Locator("#Input_Body").FillAsync("I would like to know how long people wait for a first clinic appointment in each county.");
        await page.WaitForTimeoutAsync(3200);
        await page.Locator(SendButton).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/submissions/received\?id=[0-9a-f-]{36}&held=false$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "See it on the public list" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/submissions/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("How long do clinic waiting lists get?");
        await page.GotoAsync(site.BaseUrl + "/submissions");
        await Assertions.Expect(page.Locator("main .usa-collection a")).ToHaveTextAsync("How long do clinic waiting lists get?");
    }
}
