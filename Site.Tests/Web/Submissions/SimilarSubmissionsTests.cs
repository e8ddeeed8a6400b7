using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Submissions;

public class SimilarSubmissionsTests
{
    static async Task PublishAsync(HttpClient client, string title, string body)
    {
        var json = JsonSerializer.Serialize(new { kind = "question", title, body, consent = false });
        var response = await client.PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task SimilarPublishedSubmissionsAreSuggestedBestFirstAndUnrelatedOnesAreNot()
    {
        await using var site = new SubmissionSite();
        var client = site.CreateClient();
        await PublishAsync(client, "How many families miss out on child care subsidies?", "Families who qualify for child care subsidies often never apply.");
        await PublishAsync(client, "Child care waiting lists in each county", "How long are the waiting lists for child care help in each county?");
        await PublishAsync(client, "Road repairs after the floods", "Which roads were repaired after the spring floods and which are still closed?");

        var found = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text=" + Uri.EscapeDataString("families missing child care subsidies"));

        Assert.NotNull(found);
        Assert.Equal("How many families miss out on child care subsidies?", found![0].GetProperty("title").GetString());
        Assert.DoesNotContain(found, f => f.GetProperty("title").GetString()!.Contains("Road"));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text="))!);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text=" + Uri.EscapeDataString("🙂🙂🙂 ### ...")))!);
    }

    [Fact]
    public async Task APublishRebuildsTheIndexInTheBackgroundAndTheNextRequestsSeeIt()
    {
        await using var site = new SubmissionSite();
        var client = site.CreateClient();
        await PublishAsync(client, "Bus routes to the county hospital", "Which bus routes reach the county hospital, and how often?");
        Assert.Single((await client.GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text=bus%20routes%20hospital"))!);

        site.Clock.Advance(TimeSpan.FromSeconds(5));
        await PublishAsync(client, "Bus routes and clinic opening hours", "Do bus routes to the hospital match clinic opening hours?");
        var rebuilding = site.Services.GetRequiredService<SimilarSubmissions>().Rebuilding;
        await rebuilding.WaitAsync(TimeSpan.FromSeconds(10));

        var found = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text=bus%20routes%20hospital"))!;
        Assert.Equal(2, found.Length);
    }

    [Fact]
    public async Task WithoutJavaScriptTheCheckStepShowsSuggestionsAndKeepsWhatWasTyped()
    {
        await using var site = new SubmissionSite();
        var client = site.Browser();
        await PublishAsync(client, "Cuántas familias no reciben ayuda para el cuidado infantil", "Muchas familias que califican para ayuda con el cuidado infantil nunca la piden.");

        var form = await FormClient.HiddenFieldsAsync(client, "/es/ask");
        form["Input.Title"] = "familias sin ayuda de cuidado infantil";
        form["Input.Body"] = "¿Cuántas hay?";
        var response = await client.PostAsync("/es/ask?handler=Similar", new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Otros residentes ya enviaron esto", html);
        Assert.Contains("Cuántas familias no reciben ayuda para el cuidado infantil", html);
        Assert.Contains("value=\"familias sin ayuda de cuidado infantil\"", html);
        Assert.DoesNotContain("usa-error-message", html);
        Assert.Equal(1, site.Query(db => db.Submissions.Count()));
    }
}
