using System.Text.RegularExpressions;
using CommunityVoice.Tests.Support;
using Microsoft.Playwright;
using static CommunityVoice.Tests.Browser.SubmissionBrowsing;

namespace CommunityVoice.Tests.Browser;

/// <summary>HTML and script typed into the forms are shown as text everywhere, with the Content-Security-Policy switched off in the browser.</summary>
[Collection(BrowserCollection.Name)]
public class SubmissionSanitisingTests(BrowserFixture browser)
{
    const string Title = "<img src=/nothing.png onerror=\"window.__pwned='title'\"> Data <b>bold</b>";
    const string Body = "<script>window.__pwned='body'</script> <svg onload=\"window.__pwned='svg'\"></svg> " +
                        "<a id=\"bad-link\" href=\"javascript:window.__pwned='href'\">click me</a> " +
                        "</p><div id=\"hover-me\" onmouseover=\"window.__pwned='hover'\">hover over me</div> last words";
    const string Affected = "</textarea><script>alert('affected')</script>";
    const string Outcome = "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>";
    const string Agencies = "\"><script>alert('agencies')</script>";

    const string Injected = "main script, main iframe, main svg, main img, main b, main [onerror], main [onload], main [onmouseover], #bad-link, #hover-me";

    [Fact]
    public async Task HtmlAndScriptTypedIntoAFormNeverExecuteOnTheFormTheQueueTheListOrTheDetailPage()
    {
        await using var site = new LiveSite();
        await AddStaffAsync(site, "triage@example.gov", "Triage");
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        async Task AssertNothingRanAsync(string where)
        {
            await page.WaitForTimeoutAsync(200);
            Assert.True(await page.EvaluateAsync<string?>("() => window.__pwned ?? null") is null, $"script ran on {where}");
            Assert.True(dialogs == 0, $"a dialog opened on {where}");
            Assert.True(await page.Locator(Injected).CountAsync() == 0, $"markup was injected on {where}");
        }

        // Sent with the body missing, the form comes back with the hostile text kept as text.
        await page.GotoAsync(site.BaseUrl + "/propose");
        await page.Locator("#Input_Title").FillAsync(Title);
        await page.Locator("#Input_Affected").FillAsync(Affected);
        await page.Locator("#Input_Agencies").FillAsync(Agencies);
        await page.Locator(SendButton).ClickAsync();
        await Assertions.Expect(page.Locator("main .usa-alert--error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveValueAsync(Title);
        await Assertions.Expect(page.Locator("#Input_Affected")).ToHaveValueAsync(Affected);
        await Assertions.Expect(page.Locator("#Input_Agencies")).ToHaveValueAsync(Agencies);
        await AssertNothingRanAsync("the form with errors");

        await page.Locator("#Input_Body").FillAsync(Body);
        await page.Locator("#Input_Outcome").FillAsync(Outcome);
        await page.Locator(SendButton).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/submissions/received\?id=[0-9a-f-]{36}&held=true$"));
        var id = Regex.Match(page.Url, "id=([0-9a-f-]{36})").Groups[1].Value;

        // Staff see the original in the queue, as text, and publish it.
        await SignInAsync(page, site, "triage@example.gov");
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/staff");
        var held = page.Locator($"section[aria-labelledby='h-{id}']");
        await Assertions.Expect(held.Locator("h2")).ToHaveTextAsync(Title);
        await Assertions.Expect(held).ToContainTextAsync("window.__pwned='body'");
        await Assertions.Expect(held.Locator("textarea[name=publicBody]")).ToHaveValueAsync(Body);
        await AssertNothingRanAsync("the moderation queue");
        await held.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Published.");

        await page.GotoAsync(site.BaseUrl + "/submissions");
        var link = page.Locator("main .usa-collection a");
        await Assertions.Expect(link).ToHaveTextAsync(Title);
        await Assertions.Expect(page.Locator("main .usa-collection__description")).ToContainTextAsync("<script>window.__pwned='body'</script>");
        await AssertNothingRanAsync("the list");

        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + $"/submissions/{id}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync("hover over me</div> last words");
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync(Affected);
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync(Outcome);
        await Assertions.Expect(page.Locator("main article")).ToContainTextAsync(Agencies);
        await page.Locator("main article").HoverAsync();
        await AssertNothingRanAsync("the detail page");
    }
}
