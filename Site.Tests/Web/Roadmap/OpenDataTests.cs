using System.Net;
using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Tests.Support;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Roadmap;

public class OpenDataTests
{
    [Fact]
    public async Task ExportsParseBackExactlyWithCommasQuotesNewLinesFormulasAndNonLatinTextAndCarryNoPersonalData()
    {
        await using var site = TriageSupport.NewSite();
        var tricky = new[]
        {
            ("Commas, \"quotes\" and\nnew lines", "A body with, commas; \"double quotes\", a\r\nCRLF and a\nLF."),
            ("Diné bizaad: Naabeehó 🌵 水 مياه", "Non-Latin text: Ñandú, 日本語, العربية, emoji 🙂 and combining é."),
            ("=HYPERLINK(\"http://evil\") as a title", "-2+3 starts with a minus; @SUM(A1) too."),
        };
        var ids = new List<Guid>();
        foreach (var (title, body) in tricky) ids.Add(await site.PublishAsync(title, body, "McKinley"));
        // Personal data in a published submission is masked; the original and the email never leave.
        var json = JsonSerializer.Serialize(new { kind = "question", title = "My case was closed", body = "Call me at (505) 555-0142 about it please, thank you.", email = "maria@example.com", consent = true });
        await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));

        var response = await site.CreateClient().GetAsync("/exports/submissions.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("555-0142", text);
        Assert.DoesNotContain("maria@example.com", text);

        using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(CommunityVoice.Site.Endpoints.OpenData.SubmissionColumns.ToDictionary(c => c, c => reader.GetString(c)));
        Assert.Equal(CommunityVoice.Site.Endpoints.OpenData.SubmissionColumns, reader.Headers);
        for (var i = 0; i < tricky.Length; i++)
        {
            var row = rows.Single(r => r["id"] == ids[i].ToString());
            // As stored: intake keeps the text as typed, with line ends made "\n" and normalised to NFC.
            var (title, body) = site.Query(db => db.Submissions.Where(s => s.Id == ids[i]).Select(s => new ValueTuple<string, string>(s.PublicTitle, s.PublicBody)).Single());
            Assert.Contains("\n", i == 0 ? body : "\n");
            Assert.Equal(i == 2 ? "'" + title : title, row["title"]);
            Assert.Equal(i == 2 ? "'" + body : body, row["body"]);
            Assert.Equal("McKinley County", row["county"]);
            Assert.Equal("usecase", row["kind"]);
        }
        Assert.DoesNotContain(rows, r => r["title"] == "My case was closed"); // held for review (phone masked): not published, not exported
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task TheRoadmapIsInTheApiTheOpenApiDocumentAndTheJsonExportWithCountsOnly()
    {
        await using var site = TriageSupport.NewSite();
        var one = await site.PublishAsync("Bus routes to rural clinics", "Which rural towns have no bus to the nearest clinic or hospital?", "Socorro");
        Guid itemId;
        await using (var scope = site.Services.CreateAsyncScope())
            itemId = (await scope.ServiceProvider.GetRequiredService<ManageBacklog>().PromoteSubmissionAsync(one, "triage@example.gov", default)).Id!.Value;

        var client = site.CreateClient();
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/roadmap")).RootElement;
        var item = Assert.Single(api.EnumerateArray());
        Assert.Equal(itemId, item.GetProperty("id").GetGuid());
        Assert.Equal("Proposed", item.GetProperty("status").GetString());
        Assert.Equal(1, item.GetProperty("residents").GetInt32());
        Assert.Equal(1, item.GetProperty("counties").GetProperty("Socorro County").GetInt32());
        Assert.Equal(one, item.GetProperty("submissions")[0].GetGuid());

        var export = JsonDocument.Parse(await client.GetStringAsync("/exports/roadmap.json")).RootElement;
        Assert.Equal(itemId, export.GetProperty("items")[0].GetProperty("id").GetGuid());
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/roadmap", openApi);
        Assert.DoesNotContain("triage@example.gov", await client.GetStringAsync("/exports/roadmap.json"));
    }
}
