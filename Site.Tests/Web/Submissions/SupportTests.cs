using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommunityVoice.Site.Infrastructure.Outbox;
using CommunityVoice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Tests.Web.Submissions;

public class SupportTests
{
    static async Task<Guid> PublishAsync(SubmissionSite site)
    {
        var json = """{"kind":"usecase","title":"Tell families about heating help","body":"Many older people qualify for help with heating bills and never hear about it."}""";
        var response = await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    static async Task<HttpResponseMessage> SupportAsync(HttpClient client, Guid id, string? email = null)
    {
        var fields = await FormClient.HiddenFieldsAsync(client, $"/submissions/{id}");
        if (email is not null) fields["email"] = email;
        return await client.PostAsync($"/submissions/{id}?handler=Support", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task EachClientCountsOnceEvenWhenManyClickAtTheSameTime()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" });
        var id = await PublishAsync(site);
        var browsers = new List<(HttpClient Client, Dictionary<string, string> Form)>();
        for (var i = 0; i < 12; i++)
        {
            var client = site.Browser($"203.0.113.{i + 1}");
            browsers.Add((client, await FormClient.HiddenFieldsAsync(client, $"/submissions/{id}")));
        }
        // Every browser clicks twice, all at once: 24 requests, 12 people.
        var responses = await Task.WhenAll(browsers.Concat(browsers).Select(b =>
            b.Client.PostAsync($"/submissions/{id}?handler=Support", new FormUrlEncodedContent(b.Form))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(12, site.Query(db => db.Submissions.Single().SupportCount));
        Assert.Equal(12, site.Query(db => db.Supports.Count()));
        Assert.Contains("12 residents support this.", await site.CreateClient().GetStringAsync($"/submissions/{id}"));
    }

    [Fact]
    public async Task AnonymousSupportCountsOncePerClientWithOrWithoutTheCookieAndFloodsAreLimited()
    {
        await using var site = new SubmissionSite();
        var id = await PublishAsync(site);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            // A new client each time: no cookie survives from one click to the next.
            var client = site.Browser("198.51.100.7");
            var fields = await FormClient.HiddenFieldsAsync(client, $"/submissions/{id}");
            statuses.Add((await client.PostAsync($"/submissions/{id}?handler=Support", new FormUrlEncodedContent(fields))).StatusCode);
        }

        Assert.Equal(1, site.Query(db => db.Submissions.Single().SupportCount));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        // Another address on the same IPv6 /64 is the same client; another network is another resident.
        var v6 = site.Browser("2001:db8:1:2::10");
        Assert.Contains("supported=counted", (await v6.PostAsync($"/submissions/{id}?handler=Support", new FormUrlEncodedContent(await FormClient.HiddenFieldsAsync(v6, $"/submissions/{id}")))).Headers.Location!.ToString());
        var sameNetwork = site.Browser("2001:db8:1:2::99");
        Assert.Contains("supported=already", (await sameNetwork.PostAsync($"/submissions/{id}?handler=Support", new FormUrlEncodedContent(await FormClient.HiddenFieldsAsync(sameNetwork, $"/submissions/{id}")))).Headers.Location!.ToString());
        Assert.Equal(2, site.Query(db => db.Submissions.Single().SupportCount));
    }

    [Fact]
    public async Task SupportByEmailCountsOnceTheLinkIsOpenedAndOnlyOncePerAddress()
    {
        await using var site = new SubmissionSite();
        var id = await PublishAsync(site);
        var client = site.Browser();

        var pending = await SupportAsync(client, id, "Neighbour@Example.org");
        Assert.Contains("supported=pending", pending.Headers.Location!.ToString());
        var again = await SupportAsync(site.Browser(), id, "neighbour@example.org");
        Assert.Contains("supported=already", again.Headers.Location!.ToString());
        Assert.Equal(0, site.Query(db => db.Submissions.Single().SupportCount));

        await site.Services.GetRequiredService<OutboxWorker>().SendDueAsync(CancellationToken.None);
        var eml = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(site.DataDirectory, "outbox"), "*.eml").Single());
        var link = System.Text.RegularExpressions.Regex.Match(eml.TextBody ?? "", @"http://localhost(/submissions/support/confirm\?token=[0-9a-f]+)").Groups[1].Value;
        // Opening the link (as a mail scanner does) counts nothing; the button on the page does.
        Assert.Contains("Count my support", await client.GetStringAsync(link));
        Assert.Equal(0, site.Query(db => db.Submissions.Single().SupportCount));
        var confirmed = await FormClient.PostAsync(client, link, new Dictionary<string, string>());
        Assert.Contains("Your support is counted", await confirmed.Content.ReadAsStringAsync());
        await FormClient.PostAsync(client, link, new Dictionary<string, string>());
        Assert.Equal(1, site.Query(db => db.Submissions.Single().SupportCount));
    }

    [Fact]
    public async Task MeTooByEmailCannotFloodAnInboxFromManyClients()
    {
        await using var site = new SubmissionSite(new Dictionary<string, string?> { ["RateLimiting:SubmissionsPerMinutePerClient"] = "0" });
        var ids = new List<Guid>();
        foreach (var topic in new[] { "heating", "water", "broadband", "buses", "clinics", "libraries" })
        {
            var json = $$"""{"kind":"usecase","title":"Publish data on {{topic}} by county","body":"People in rural counties need to see how {{topic}} services reach them each year."}""";
            var response = await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var i = 0;
        foreach (var id in ids)
        {
            var answer = await SupportAsync(site.Browser($"192.0.2.{++i}"), id, "victim@example.org");
            Assert.Contains("supported=pending", answer.Headers.Location!.ToString());
        }
        Assert.Equal(3, site.Query(db => db.OutboxEmails.Count(e => e.To == "victim@example.org")));
    }

    [Fact]
    public async Task ABadEmailOrAnUnpublishedSubmissionIsRefusedClearly()
    {
        await using var site = new SubmissionSite();
        var id = await PublishAsync(site);
        var invalid = await SupportAsync(site.Browser(), id, "not an email");
        Assert.Contains("supported=invalid", invalid.Headers.Location!.ToString());

        var client = site.Browser();
        var fields = await FormClient.HiddenFieldsAsync(client, $"/submissions/{id}");
        var missing = await client.PostAsync($"/submissions/{Guid.NewGuid()}?handler=Support", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/submissions/support/confirm?token=bad")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await FormClient.PostAsync(client, "/submissions/support/confirm?token=bad", new Dictionary<string, string>(), formPath: "/ask")).StatusCode);
    }
}
