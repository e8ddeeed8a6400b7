using System.Net;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Triage;

public class DecisionTests
{
    static async Task<(SubmissionSite Site, Dictionary<string, Guid> Ids)> ClusteredAsync()
    {
        var site = TriageSupport.NewSite();
        var ids = new Dictionary<string, Guid>();
        foreach (var item in Corpus.Items) ids[item.Title] = await site.PublishAsync(item.Title, item.Body, item.County, item.Language);
        await site.WaitForVectorsAsync();
        await site.RunClusteringAsync(k: 3);
        return (site, ids);
    }

    static async Task<Board> BoardAsync(SubmissionSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TriageBoard>().LoadAsync(CancellationToken.None);
    }

    static async Task<T> ActAsync<T>(SubmissionSite site, Func<TriageActions, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TriageActions>());
    }

    static BoardCluster ClusterOf(Board board, Guid id) => board.Clusters.Single(c => c.Members.Any(m => m.Id == id));

    [Fact]
    public async Task RenameMoveMergeSplitAndRubricAreKeptAndReappliedOnTheNextRun()
    {
        var (site, ids) = await ClusteredAsync();
        await using var _ = site;
        var wells = ids["Uranium in private wells near old mines"];
        var evictions = ids["Eviction filings by county each month"];
        var potholes = ids["Potholes and road repairs in small towns"];
        var board = await BoardAsync(site);
        var wellsCluster = ClusterOf(board, wells);

        Assert.True((await ActAsync(site, a => a.RenameAsync(wellsCluster.Key, "Safe drinking water", "triage@example.gov", default))).Succeeded);
        Assert.True((await ActAsync(site, a => a.RubricAsync(ClusterOf(board, wells).Key, new Rubric(5, 4, 1), "triage@example.gov", default))).Succeeded);
        Assert.False((await ActAsync(site, a => a.RubricAsync(wellsCluster.Key, new Rubric(9, 4, 1), "triage@example.gov", default))).Succeeded);
        board = await BoardAsync(site);
        if (ClusterOf(board, potholes) != ClusterOf(board, wells))
            Assert.True((await ActAsync(site, a => a.MoveAsync(potholes, ClusterOf(board, wells).Key, "triage@example.gov", default))).Succeeded);
        board = await BoardAsync(site);
        var named = ClusterOf(board, wells);
        Assert.Equal("Safe drinking water", named.Title);
        Assert.Contains(named.Members, m => m.Id == potholes);
        Assert.Contains("feasibility 5", named.Score.Parts.Single(p => p.Part == "Rubric").Raw);

        // Split the pothole one back off, under its own name, then re-run: every decision holds.
        Assert.True((await ActAsync(site, a => a.SplitAsync(named.Key, [potholes], "Roads", "triage@example.gov", default))).Succeeded);
        var split = await ActAsync(site, a => a.SplitAsync(named.Key, named.Members.Select(m => m.Id).ToList(), null, "triage@example.gov", default));
        Assert.Contains("Leave at least one", split.Error);
        await site.RunClusteringAsync(k: 3);
        board = await BoardAsync(site);
        Assert.Equal("Safe drinking water", ClusterOf(board, wells).Title);
        Assert.Equal("Roads", ClusterOf(board, potholes).Title);
        Assert.Single(ClusterOf(board, potholes).Members);
        Assert.Equal(5, ClusterOf(board, wells).Rubric!.Feasibility);

        // Merging two clusters makes one, and it stays merged on a new run too.
        var before = board.Clusters.Count;
        Assert.True((await ActAsync(site, a => a.MergeClustersAsync(ClusterOf(board, wells).Key, ClusterOf(board, evictions).Key, "triage@example.gov", default))).Succeeded);
        await site.RunClusteringAsync(k: 3);
        board = await BoardAsync(site);
        Assert.Equal(before - 1, board.Clusters.Count);
        Assert.Same(ClusterOf(board, wells), ClusterOf(board, evictions));
        Assert.Equal(0, board.DecisionsNoLongerApplying);

        var audit = site.Query(db => db.AuditEntries.Where(e => e.Action.StartsWith("triage-")).Select(e => e.Action).ToList());
        Assert.Contains("triage-rename", audit);
        Assert.Contains("triage-split", audit);
        Assert.Contains("triage-merge", audit);
        Assert.Contains("triage-rubric", audit);
    }

    [Fact]
    public async Task MergingNearDuplicatesKeepsEverySupporterOnceAndLinksTheTexts()
    {
        await using var site = TriageSupport.NewSite();
        var first = await site.PublishAsync("Publish uranium test results for wells", "Please publish the uranium test results for private wells near the old mines in McKinley County.", "McKinley");
        var second = await site.PublishAsync("Uranium test results for private wells", "Publish the results of uranium tests for private wells close to the old mines in McKinley County, please.", "McKinley");
        var other = await site.PublishAsync("Bus routes to rural clinics", "Which rural towns have no bus to the nearest clinic?", "Socorro");
        await site.WaitForVectorsAsync();
        // The one embedded later links to the earlier one (the test clock gives both the same time, so either way round).
        var links = site.Query(db => db.Vectors.Where(v => v.NearDuplicateOf != null).Select(v => new { v.SubmissionId, v.NearDuplicateOf, v.NearDuplicateSimilarity }).ToList());
        var link = Assert.Single(links);
        Assert.Equal(new[] { first, second }.Order(), new[] { link.SubmissionId, link.NearDuplicateOf!.Value }.Order());
        Assert.True(link.NearDuplicateSimilarity > 0.9);

        // Three residents support: one supports both, so after the merge the one kept has three supporters, not four.
        var browsers = new Dictionary<string, HttpClient>();
        foreach (var (browser, target) in new[] { ("198.51.100.1", first), ("198.51.100.2", second), ("198.51.100.3", second), ("198.51.100.1", second) })
        {
            var supporter = browsers.TryGetValue(browser, out var known) ? known : browsers[browser] = site.Browser(browser);
            var response = await FormClient.PostAsync(supporter, $"/submissions/{target}?handler=Support", new Dictionary<string, string>(), formPath: $"/submissions/{target}");
            Assert.Contains("supported=counted", response.Headers.Location!.ToString());
        }
        await site.RunClusteringAsync(k: 2);
        var board = await BoardAsync(site);
        var group = Assert.Single(ClusterOf(board, first).DuplicateGroups);
        Assert.Equal(new[] { first, second }.Order(), group.Order());
        Assert.Equal(3, ClusterOf(board, first).Supporters);

        var refused = await ActAsync(site, a => a.MergeDuplicatesAsync(first, [], "triage@example.gov", default));
        Assert.False(refused.Succeeded);
        Assert.True((await ActAsync(site, a => a.MergeDuplicatesAsync(first, [second], "triage@example.gov", default))).Succeeded);

        var kept = site.Query(db => db.Submissions.Single(s => s.Id == first));
        var merged = site.Query(db => db.Submissions.Single(s => s.Id == second));
        Assert.Equal(3, kept.SupportCount);
        Assert.Equal(first, merged.DuplicateOf);
        Assert.Equal(3, site.Query(db => db.Supports.Count(s => s.SubmissionId == first)));
        Assert.Contains(site.Query(db => db.AuditEntries.ToList()), e => e.Action == "merge" && e.Detail!.Contains(second.ToString()));

        // The public list shows the one kept; the merged one's page points to it.
        var client = site.CreateClient();
        var list = await client.GetStringAsync("/submissions");
        Assert.Contains("Publish uranium test results for wells", list);
        Assert.DoesNotContain("Uranium test results for private wells", list);
        var page = await client.GetStringAsync($"/submissions/{second}");
        Assert.Contains($"/submissions/{first}", page);
        Assert.Contains("Uranium test results for private wells", await client.GetStringAsync($"/submissions/{first}"));
        Assert.NotEqual(Guid.Empty, other);
    }

    [Fact]
    public async Task OnlyAnAdminChangesTheWeightsWithAReasonAndTheChangeIsLoggedAndUsed()
    {
        var (site, ids) = await ClusteredAsync();
        await using var _ = site;
        var before = (await BoardAsync(site)).Clusters.Select(c => c.Score.Total).ToList();

        var triage = await site.StaffAsync("Triage");
        var denied = await FormClient.PostAsync(triage, "/staff/triage/weights", Weights("Equity matters most"));
        Assert.Contains("/staff/denied", denied.Headers.Location!.ToString());

        var admin = await site.StaffAsync("Admin");
        await FormClient.PostAsync(admin, "/staff/triage/weights", Weights(""));
        Assert.Contains("Say why the weights change", await admin.GetStringAsync("/staff/triage/weights"));
        var bad = Weights("typo");
        bad["equity"] = "-3";
        await FormClient.PostAsync(admin, "/staff/triage/weights", bad);
        Assert.Contains("must be between 0 and 10", await admin.GetStringAsync("/staff/triage/weights"));

        await FormClient.PostAsync(admin, "/staff/triage/weights", Weights("The board asked to weigh equity above all for this round"));
        var page = await admin.GetStringAsync("/staff/triage/weights");
        Assert.Contains("The board asked to weigh equity above all for this round", page);
        Assert.Contains("admin@example.gov", page);
        var change = site.Query(db => db.RankingWeightChanges.Single());
        Assert.Equal(10, RankingWeights.FromJson(change.Weights).Equity);
        var after = (await BoardAsync(site)).Clusters.Select(c => c.Score.Total).ToList();
        Assert.NotEqual(before, after);
        Assert.Equal(10, (await BoardAsync(site)).Clusters[0].Score.Parts.Single(p => p.Part == "Equity").Weight);
        Assert.NotEmpty(ids);
    }

    static Dictionary<string, string> Weights(string reason) => new()
    {
        ["supporters"] = "1", ["size"] = "1", ["reach"] = "1", ["equity"] = "10", ["alignment"] = "1", ["rubric"] = "1", ["reason"] = reason,
    };
}
