using System.Net;
using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Tests.Support;
using CommunityVoice.Tests.Web.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Roadmap;

/// <summary>The staff roadmap forms posted as a browser posts them, antiforgery token and all.</summary>
public class BacklogFormTests
{
    static BacklogItem Item(SubmissionSite site, Guid id) => site.Query(db => db.BacklogItems.AsNoTracking().Single(i => i.Id == id));

    static Dictionary<string, string> Edit(BacklogItem item, string title) => new()
    {
        ["version"] = item.Version.ToString(), ["title"] = title, ["problem"] = item.Problem, ["agencies"] = "Environment Department",
        ["datasets"] = "", ["privacyReview"] = "InReview", ["owner"] = "Data office", ["horizon"] = "QuickWin", ["priority"] = "2", ["why"] = "clearer",
    };

    [Fact]
    public async Task StaffPromoteThroughTheClusterPageAndTheItemFormsRefuseStaleBadAndUnauthorisedChanges()
    {
        await using var site = TriageSupport.NewSite();
        foreach (var item in Corpus.Items.Take(12)) await site.PublishAsync(item.Title, item.Body, item.County, item.Language);
        await site.WaitForVectorsAsync();
        await site.RunClusteringAsync(k: 2);
        Board board;
        await using (var scope = site.Services.CreateAsyncScope())
            board = await scope.ServiceProvider.GetRequiredService<TriageBoard>().LoadAsync(default);
        var cluster = board.Clusters[0];
        var clusterPage = $"/staff/triage/clusters/{Uri.EscapeDataString(cluster.Key)}";

        // A Viewer may read the cluster but not promote it.
        var viewer = await site.StaffAsync("Viewer");
        var denied = await FormClient.PostAsync(viewer, clusterPage + "?handler=Promote", new Dictionary<string, string>(), formPath: clusterPage);
        Assert.Contains("/staff/denied", denied.Headers.Location!.ToString());
        Assert.Equal(0, site.Query(db => db.BacklogItems.Count()));

        var triage = await site.StaffAsync("Triage");
        var promoted = await FormClient.PostAsync(triage, clusterPage + "?handler=Promote", new Dictionary<string, string>(), formPath: clusterPage);
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        var id = site.Query(db => db.BacklogItems.Single().Id);
        var itemPage = $"/staff/roadmap/{id}";
        Assert.Equal(itemPage, promoted.Headers.Location!.OriginalString);
        Assert.Equal(cluster.Members.Count, site.Query(db => db.BacklogSubmissions.Count(l => l.ItemId == id)));
        Assert.Contains("Promoted to the roadmap backlog", await triage.GetStringAsync(itemPage));

        // One use case of the cluster on its own.
        var one = cluster.Members[^1].Id;
        await FormClient.PostAsync(triage, clusterPage + $"?handler=Promote&submission={one}", new Dictionary<string, string>(), formPath: clusterPage);
        Assert.Equal(2, site.Query(db => db.BacklogItems.Count()));

        // An edit from a page shown before someone else saved is refused with a clear message, and changes nothing.
        var before = Item(site, id);
        Assert.Equal(HttpStatusCode.Redirect, (await FormClient.PostAsync(triage, itemPage + "?handler=Edit", Edit(before, "Safe well water"), formPath: itemPage)).StatusCode);
        Assert.Equal("Safe well water", Item(site, id).Title);
        await FormClient.PostAsync(triage, itemPage + "?handler=Edit", Edit(before, "An older idea of the title"), formPath: itemPage);
        Assert.Contains("Someone else changed this item", await triage.GetStringAsync(itemPage));
        Assert.Equal("Safe well water", Item(site, id).Title);

        // Declining needs a public reason; a status the form never offers changes nothing.
        var current = Item(site, id);
        await FormClient.PostAsync(triage, itemPage + "?handler=Status", new Dictionary<string, string> { ["version"] = current.Version.ToString(), ["status"] = "Declined", ["reason"] = "" }, formPath: itemPage);
        Assert.Contains("reason", await triage.GetStringAsync(itemPage), StringComparison.OrdinalIgnoreCase);
        await FormClient.PostAsync(triage, itemPage + "?handler=Status", new Dictionary<string, string> { ["version"] = current.Version.ToString(), ["status"] = "Finished" }, formPath: itemPage);
        Assert.Contains("Nothing was changed: these fields were not understood: status.", await triage.GetStringAsync(itemPage));
        var badPriority = Edit(current, "Still safe");
        badPriority["priority"] = "high";
        await FormClient.PostAsync(triage, itemPage + "?handler=Edit", badPriority, formPath: itemPage);
        Assert.Contains("not understood: priority", await triage.GetStringAsync(itemPage));
        Assert.Equal((BacklogStatus.Proposed, current.Version, "Safe well water"), (Item(site, id).Status, Item(site, id).Version, Item(site, id).Title));

        var accepted = await FormClient.PostAsync(triage, itemPage + "?handler=Status", new Dictionary<string, string> { ["version"] = current.Version.ToString(), ["status"] = "Accepted", ["reason"] = "Many families asked." }, formPath: itemPage);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(BacklogStatus.Accepted, Item(site, id).Status);
        Assert.Contains("Status changed", await triage.GetStringAsync(itemPage));
    }
}
