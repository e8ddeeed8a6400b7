using System.Text.RegularExpressions;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Playwright;
using static CommunityVoice.Tests.Browser.SubmissionBrowsing;

namespace CommunityVoice.Tests.Browser;

/// <summary>The staff sign-in, the moderation queue and the email outbox, in a real browser (English only).</summary>
[Collection(BrowserCollection.Name)]
public class StaffPagesTests(BrowserFixture browser)
{
    const string HeldTitle = "My benefits case was closed by mistake";
    const string HeldBody = "My case was closed by mistake. Call me at (505) 555-0142 or write to maria.lopez@example.com please.";

    /// <summary>A site of its own with one staff account and one submission held because personal data was masked.</summary>
    static async Task<(LiveSite Site, Guid HeldId)> SiteWithHeldSubmissionAsync(string role)
    {
        var site = new LiveSite();
        await AddStaffAsync(site, "triage@example.gov", role);
        var id = await SubmitAsync(site, new SubmissionInput
        {
            Kind = "question", Title = HeldTitle, Body = HeldBody, County = "35001", Email = "maria.lopez@example.com", Consent = true,
        });
        Assert.Equal(SubmissionStatus.Held, await StatusOfAsync(site, id));
        return (site, id);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/outbox")]
    public async Task AnonymousVisitorsAreSentToTheSignInPage(string path)
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Site.BaseUrl + path);
        await Assertions.Expect(page).ToHaveURLAsync(browser.Site.BaseUrl + "/staff/login?ReturnUrl=" + Uri.EscapeDataString(path));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Staff sign-in");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Moderation queue");
    }

    [Fact]
    public async Task TheSignInPagePassesAxeOnDesktopAndPhone()
    {
        foreach (var width in new[] { 1280, 375 })
        {
            await using var context = await browser.NewContextAsync(bypassCsp: true, width: width, height: 800);
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(browser.Site.BaseUrl + "/staff/login");
            Assert.Equal(200, response!.Status);
            await AssertNoAxeViolationsAsync(page, $"/staff/login at {width}px");
        }
    }

    [Fact]
    public async Task AWrongPasswordOrAnEmptyFormShowsAMessageThatPassesAxe()
    {
        await using var site = new LiveSite();
        await AddStaffAsync(site, "triage@example.gov", "Triage");
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();

        await SignInAsync(page, site, "triage@example.gov", "Wr0ng!Passw0rd-x");
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff/login");
        await Assertions.Expect(page.Locator("main [role=alert]")).ToHaveTextAsync("That email and password do not match a staff account.");
        await Assertions.Expect(page.Locator("#Email")).ToHaveValueAsync("triage@example.gov");
        await Assertions.Expect(page.Locator("#Password")).ToHaveValueAsync("");
        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await AssertNoAxeViolationsAsync(page, $"/staff/login with a wrong password at {width}px");
        }

        await page.Locator("#Email").FillAsync("");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main [role=alert]")).ToHaveTextAsync("Enter your email and password.");

        // The right password, after all that, signs in.
        await SignInAsync(page, site, "triage@example.gov");
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff");
    }

    [Fact]
    public async Task ATriageOfficerSeesTheOriginalBesideTheMaskedTextAndPublishesIt()
    {
        var (site, id) = await SiteWithHeldSubmissionAsync("Triage");
        await using var _ = site;
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/staff");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/staff/login\?ReturnUrl=%2Fstaff$"));
        await page.Locator("#Email").FillAsync("triage@example.gov");
        await page.Locator("#Password").FillAsync(StaffPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Moderation queue");

        var held = page.Locator($"section[aria-labelledby='h-{id}']");
        await Assertions.Expect(held).ToContainTextAsync("personal data masked");
        var original = held.Locator("div", new() { Has = page.Locator("h3", new() { HasText = "Original (staff only)" }) }).Last;
        var masked = held.Locator("div", new() { Has = page.Locator("h3", new() { HasText = "Public text" }) }).Last;
        await Assertions.Expect(original).ToContainTextAsync("(505) 555-0142");
        await Assertions.Expect(original).ToContainTextAsync("maria.lopez@example.com");
        var publicBody = held.Locator("textarea[name=publicBody]");
        await Assertions.Expect(publicBody).ToHaveValueAsync(new Regex(@"\[phone removed\].*\[email removed\]"));
        Assert.DoesNotContain("555-0142", await publicBody.InputValueAsync());
        // Side by side on a desktop: the same top, the original on the left.
        var left = (await original.BoundingBoxAsync())!;
        var right = (await masked.BoundingBoxAsync())!;
        Assert.True(Math.Abs(left.Y - right.Y) < 2 && left.X + left.Width <= right.X + 1, $"original at {left.X},{left.Y}; public text at {right.X},{right.Y}");

        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await AssertNoAxeViolationsAsync(page, $"/staff at {width}px");
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Email outbox" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Email outbox");
        // The verification email is pending or already sent, and its recipient is never shown.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(new Regex(@"Pending: \d+ · Sent: \d+ · Failed: 0"));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("maria.lopez");
        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await AssertNoAxeViolationsAsync(page, $"/staff/outbox at {width}px");
        }
        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the moderation queue" }).ClickAsync();

        await held.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Published.");
        await Assertions.Expect(held).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Nothing is waiting.");
        await AssertNoAxeViolationsAsync(page, "/staff after publishing");

        await page.GotoAsync(site.BaseUrl + "/submissions");
        var link = page.Locator("main .usa-collection a", new() { HasText = HeldTitle });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync("[phone removed]");
        await Assertions.Expect(page.Locator("main article")).Not.ToContainTextAsync("555-0142");
    }

    /// <summary>Without JavaScript, too: the queue's forms are plain posts.</summary>
    [Fact]
    public async Task RejectingWithoutAReasonShowsTheErrorAndKeepsTheSubmissionHeld()
    {
        var (site, id) = await SiteWithHeldSubmissionAsync("Triage");
        await using var _ = site;
        await using var context = await browser.NewContextAsync(javaScript: false, width: 375, height: 800);
        var page = await context.NewPageAsync();
        await SignInAsync(page, site, "triage@example.gov");
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff");

        var held = page.Locator($"section[aria-labelledby='h-{id}']");
        await held.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=alert]")).ToHaveTextAsync("Give a reason: the resident may read it.");
        await Assertions.Expect(held).ToBeVisibleAsync();
        Assert.Equal(SubmissionStatus.Held, await StatusOfAsync(site, id));

        await held.GetByLabel("Reason for rejecting (the resident may read it)").FillAsync("It is about one person's case; please call the benefits office.");
        await held.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Rejected.");
        await Assertions.Expect(held).ToHaveCountAsync(0);
        Assert.Equal(SubmissionStatus.Rejected, await StatusOfAsync(site, id));
    }

    [Fact]
    public async Task AViewerSeesTheQueueButNoActionButtonsAndCanSignOut()
    {
        var (site, id) = await SiteWithHeldSubmissionAsync("Viewer");
        await using var _ = site;
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await SignInAsync(page, site, "triage@example.gov");
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff");

        var held = page.Locator($"section[aria-labelledby='h-{id}']");
        // Originals may hold personal data: a Viewer sees only the masked public text.
        await Assertions.Expect(held).Not.ToContainTextAsync("(505) 555-0142");
        await Assertions.Expect(held).ToContainTextAsync("[phone removed]");
        await Assertions.Expect(held).ToContainTextAsync("Only Triage and Admin staff see the original text");
        await Assertions.Expect(held.Locator("button, form, textarea, input")).ToHaveCountAsync(0);
        foreach (var name in new[] { "Publish", "Reject", "Mark as duplicate" })
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = name })).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page, "/staff as a Viewer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff/login");
        await page.GotoAsync(site.BaseUrl + "/staff");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/staff/login\?ReturnUrl=%2Fstaff$"));
    }
}
