using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Webhooks;
using CommunityVoice.Site.Infrastructure.Webhooks;
using CommunityVoice.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CommunityVoice.Tests.Web.Roadmap;

public class WebhookTests
{
    const string Secret = "a-receiver-secret-0123456789";

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static async Task<WebhookDelivery> WaitForAsync(SubmissionSite site, Func<WebhookDelivery, bool> condition)
    {
        WebhookDelivery? delivery = null;
        await Wait.UntilAsync(() => (delivery = site.Query(db => db.WebhookDeliveries.AsNoTracking().OrderBy(d => d.CreatedAt).ToList()).FirstOrDefault(condition)) is not null,
            TimeSpan.FromSeconds(15));
        return delivery ?? throw new TimeoutException("The webhook delivery did not reach the expected state within 15 s.");
    }

    static async Task<Guid> PromoteAsync(SubmissionSite site)
    {
        var id = await site.PublishAsync("Bus routes to rural clinics", "Which rural towns have no bus to the nearest clinic or hospital?", "Socorro");
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ManageBacklog>().PromoteSubmissionAsync(id, "triage@example.gov", default)).Id!.Value;
    }

    [Fact]
    public async Task EventsAreSignedRetriedAfterAnErrorAndDeliveredOnce()
    {
        using var receiver = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        receiver.Given(Request.Create().WithPath("/hook").UsingPost()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503));
        receiver.Given(Request.Create().WithPath("/hook").UsingPost()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(204));
        await using var site = TriageSupport.NewSite(new Dictionary<string, string?>
        {
            ["Webhooks:Endpoints:0:Url"] = receiver.Url + "/hook", ["Webhooks:Endpoints:0:Secret"] = Secret,
        });

        var itemId = await PromoteAsync(site);
        var failed = await WaitForAsync(site, d => d.Attempts == 1);
        Assert.Equal((DeliveryStatus.Pending, 503), (failed.Status, failed.LastStatusCode));
        Assert.Contains("503", failed.LastError);

        site.Clock.Advance(TimeSpan.FromMinutes(1)); // past the 30 s backoff
        var delivered = await WaitForAsync(site, d => d.Status == DeliveryStatus.Delivered);
        Assert.Equal((2, 204), (delivered.Attempts, delivered.LastStatusCode));

        var requests = receiver.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(2, requests.Count);
        foreach (var request in requests)
        {
            Assert.Equal(WebhookEvents.Sign(Secret, request.Body!), request.Headers![WebhookEvents.SignatureHeader].Single());
            Assert.Equal("backlog.created", request.Headers[WebhookEvents.EventHeader].Single());
            Assert.Equal(delivered.Id.ToString(), request.Headers[WebhookEvents.DeliveryHeader].Single());
        }
        var body = JsonDocument.Parse(requests[0].Body!).RootElement;
        Assert.Equal(itemId, body.GetProperty("item").GetProperty("id").GetGuid());
        Assert.Equal("Proposed", body.GetProperty("item").GetProperty("status").GetString());
        Assert.StartsWith("sha256=", WebhookEvents.Sign(Secret, "{}"));
        Assert.NotEqual(WebhookEvents.Sign(Secret, requests[0].Body!), WebhookEvents.Sign("another-secret-0123456789", requests[0].Body!));

        var staff = await site.StaffAsync("Viewer");
        var log = await staff.GetStringAsync("/staff/webhooks");
        Assert.Contains("backlog.created", log);
        Assert.Contains("Delivered", log);
    }

    [Fact]
    public async Task AReceiverThatIsDownOrSlowNeverBlocksStaffAndTheEventWaits()
    {
        using var slow = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        slow.Given(Request.Create().WithPath("/hook").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)));
        await using var site = TriageSupport.NewSite(new Dictionary<string, string?>
        {
            ["Webhooks:Endpoints:0:Url"] = $"http://127.0.0.1:{FreePort()}/down", ["Webhooks:Endpoints:0:Secret"] = Secret,
            ["Webhooks:Endpoints:1:Url"] = slow.Url + "/hook", ["Webhooks:Endpoints:1:Secret"] = Secret,
            ["Webhooks:TimeoutSeconds"] = "1",
        });

        // With the background worker stopped, promoting must still finish and leave both deliveries unattempted:
        // staff never wait for a receiver. Then one delivery pass, run here, meets the down and the slow receiver.
        var id = await site.PublishAsync("Bus routes to rural clinics", "Which rural towns have no bus to the nearest clinic or hospital?", "Socorro");
        var worker = site.Services.GetRequiredService<WebhookWorker>();
        await worker.StopAsync(CancellationToken.None);
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ManageBacklog>().PromoteSubmissionAsync(id, "triage@example.gov", default);
        var queued = site.Query(db => db.WebhookDeliveries.AsNoTracking().ToList());
        Assert.Equal(2, queued.Count);
        Assert.All(queued, d => Assert.Equal(0, d.Attempts));
        Assert.Empty(slow.LogEntries);
        await worker.DeliverDueAsync(CancellationToken.None);
        var down = await WaitForAsync(site, d => d.Url.EndsWith("/down") && d.Attempts >= 1);
        Assert.Equal(DeliveryStatus.Pending, down.Status);
        Assert.Contains("Could not reach the receiver", down.LastError);
        var timedOut = await WaitForAsync(site, d => d.Url.EndsWith("/hook") && d.Attempts >= 1);
        Assert.Equal(DeliveryStatus.Pending, timedOut.Status);
        Assert.Contains("No answer within 1 s", timedOut.LastError);
    }

    [Fact]
    public void AReceiverWithoutAProperUrlOrSecretStopsTheStartWithTheKeyNamed()
    {
        using var site = new SubmissionSite(new Dictionary<string, string?> { ["Webhooks:Endpoints:0:Url"] = "ftp://nowhere", ["Webhooks:Endpoints:0:Secret"] = "short" });
        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        Assert.Contains("Webhooks:Endpoints:0:Url", error.ToString());
        Assert.Contains("Webhooks:Endpoints:0:Secret", error.ToString());
    }
}
