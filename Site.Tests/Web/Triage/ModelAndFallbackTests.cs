using System.Net.Http.Json;
using System.Text.Json;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Triage;

public class ModelAndFallbackTests
{
    sealed class BrokenModel : ITextEmbedder
    {
        public string Name => MiniLmEmbedder.ModelName;
        public int Dimensions => 384;
        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            throw new EmbedderUnavailableException("The MiniLM model could not be loaded (FileNotFoundException: model.onnx).");
    }

    sealed class BrokenModelSite(IDictionary<string, string?> settings) : SubmissionSite(settings)
    {
        protected override ITextEmbedder SharedEmbedder { get; } = new BrokenModel();
    }

    [Fact]
    public async Task SimilarSuggestionsUseTheStoredVectorsSoOtherWordsForTheSameThingAreFound()
    {
        await using var site = TriageSupport.NewSite();
        await site.PublishAsync("Uranium in private wells near old mines", "Families haul water because wells near abandoned uranium mines are contaminated.", "McKinley");
        await site.PublishAsync("Bus routes to rural clinics", "Which rural towns have no bus to the nearest clinic or hospital?", "Socorro");
        await site.WaitForVectorsAsync();
        // The suggestion index is rebuilt in the background (at most every 2 s): wait until it has the vectors.
        var titles = new List<string?>();
        await Wait.UntilAsync(async () =>
        {
            var found = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text=" + Uri.EscapeDataString("radioactive drinking water"));
            titles = found!.Select(f => f.GetProperty("title").GetString()).ToList();
            return titles.Contains("Uranium in private wells near old mines");
        });
        Assert.Contains("Uranium in private wells near old mines", titles);
        Assert.DoesNotContain("Bus routes to rural clinics", titles);

        // A Spanish draft is glossed into English words first, as the stored Spanish submissions are.
        var spanish = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/es/api/v1/submissions/similar?text=" + Uri.EscapeDataString("agua sucia en los pozos cerca de las minas"));
        Assert.Equal("Uranium in private wells near old mines", spanish!.First().GetProperty("title").GetString());
        Assert.DoesNotContain(spanish!, f => f.GetProperty("title").GetString() == "Bus routes to rural clinics");
    }

    [Fact]
    public async Task AModelThatFailsToLoadIsReportedAndRunsFailWithAReasonWhileSubmissionsStillArrive()
    {
        await using var site = new BrokenModelSite(new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" });
        await site.PublishAsync("Uranium in private wells near old mines", "Families haul water because wells near abandoned uranium mines are contaminated.");
        var run = await site.RunClusteringAsync();
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("has its vector yet", run.Error);

        var staff = await site.StaffAsync("Viewer");
        var html = await staff.GetStringAsync("/staff/triage");
        Assert.Contains("No vectors are being made: The MiniLM model could not be loaded", html);
        Assert.Contains("Tfidf", html);
        // Suggestions fall back to word overlap.
        var found = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/submissions/similar?text=" + Uri.EscapeDataString("uranium wells"));
        Assert.Single(found!);
    }

    [Fact]
    public async Task TheTfidfFeaturizerClustersWithoutTheModel()
    {
        await using var site = new BrokenModelSite(new Dictionary<string, string?>
        {
            ["RateLimiting:SubmissionsPerMinutePerClient"] = "0", ["Clustering:Featurizer"] = "Tfidf",
        });
        foreach (var item in Corpus.Items) await site.PublishAsync(item.Title, item.Body, item.County, item.Language);
        var run = await site.RunClusteringAsync(k: 3);
        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(TfidfFeaturizer.Name, run.Featurizer);
        Assert.Equal(18, run.SubmissionCount);
        Assert.Equal(0, site.Query(db => db.Vectors.Count()));
    }
}
