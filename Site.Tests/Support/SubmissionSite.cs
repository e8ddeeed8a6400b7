using CommunityVoice.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityVoice.Tests.Support;

/// <summary>The site with a hand-moved clock, for tests of the submission forms and API.</summary>
public class SubmissionSite(IDictionary<string, string?>? overrides = null) : SiteFactory(null, "Testing", overrides)
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser on its own network address (another resident, as far as the site can tell).</summary>
    public HttpClient Browser(string address)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
        return client;
    }

    public T Query<T>(Func<CommunityVoiceDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>());
    }
}
