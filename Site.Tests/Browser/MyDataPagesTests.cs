using System.Text.RegularExpressions;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CommunityVoice.Tests.Browser.SubmissionBrowsing;

namespace CommunityVoice.Tests.Browser;

/// <summary>/my-data and the page its link opens, in a real browser: axe in both languages, and the whole path without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public partial class MyDataPagesTests(BrowserFixture browser)
{
    [GeneratedRegex(@"https?://\S+/my-data/access\?token=\S+")]
    private static partial Regex DataLink();

    [Fact]
    public async Task AResidentAsksForTheirDataSeesItAndDeletesItInBothLanguagesWithAndWithoutJavaScript()
    {
        await using var site = new LiveSite();
        var n = 0;
        foreach (var language in new[] { "en", "es" })
        foreach (var javaScript in new[] { true, false })
        {
            var address = $"resident{++n}@example.org";
            await SubmitAsync(site, new SubmissionInput
            {
                Kind = "usecase", Title = "Closed cases need a second look", Email = address, Consent = true,
                Body = "Please call me at (505) 555-0142 about how my case was closed without a visit.",
            }, language);
            var prefix = Prefix(language);
            await using var context = await browser.NewContextAsync(javaScript: javaScript, bypassCsp: true);
            var page = await context.NewPageAsync();
            async Task CheckAsync(string what)
            {
                Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
                await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
                if (javaScript) await AssertNoAxeViolationsAsync(page, $"{what} ({language})");
            }

            await page.GotoAsync(site.BaseUrl + prefix + "/my-data");
            await CheckAsync("/my-data");
            if (javaScript && language == "en")
            {
                await page.Locator("main form button[type=submit]").ClickAsync();
                await Assertions.Expect(page.Locator("#Email-error")).ToContainTextAsync("Enter the email address you used on this site.");
                await Assertions.Expect(page.Locator("#Email")).ToHaveAttributeAsync("aria-invalid", "true");
                await CheckAsync("/my-data with an error");
            }
            await page.Locator("#Email").FillAsync(address);
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + prefix + "/my-data?sent=true");
            await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync(language == "es" ? "funciona durante 24 horas" : "works for 24 hours");
            await CheckAsync("/my-data answered");

            string link;
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CommunityVoice.Core.Data.CommunityVoiceDbContext>();
                link = DataLink().Match(db.OutboxEmails.Single(e => e.Purpose == PrivacyEmails.Purpose && e.To == address).TextBody).Value;
            }
            Assert.StartsWith(site.BaseUrl + prefix + "/my-data/access?token=", link);
            await page.GotoAsync(link);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("(505) 555-0142");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("[phone removed]");
            await CheckAsync("/my-data/access");

            await page.Locator("main form[action$='/my-data/access/erase'] button").ClickAsync();
            await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync(language == "es" ? "Sus datos están borrados" : "Your data is deleted");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("555-0142");
            await CheckAsync("/my-data/access after deleting");

            await page.GotoAsync(link);
            await Assertions.Expect(page.Locator("main [role=alert]")).ToBeVisibleAsync();
            await CheckAsync("/my-data/access with a used link");
        }
    }
}
