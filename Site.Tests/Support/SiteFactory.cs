using CommunityVoice.Core.Clustering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityVoice.Tests.Support;

/// <summary>
/// The real site in memory, with its own data directory (a fresh SQLite database) and, when given, its own
/// content folder and settings.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    readonly TempFolder data = new();
    readonly Dictionary<string, string?> settings = new();

    public SiteFactory(string? contentPath = null, string environment = "Testing", IDictionary<string, string?>? overrides = null)
    {
        Environment = environment;
        settings["Storage:DataDirectory"] = data.Path;
        settings["Clustering:PollSeconds"] = "0.2";
        settings["Site:PublicBaseUrl"] = environment == "Production" ? "https://localhost" : "http://localhost";
        if (contentPath is not null) settings["Content:Path"] = contentPath;
        if (overrides is not null) foreach (var (key, value) in overrides) settings[key] = value;
    }

    public string Environment { get; }
    public string DataDirectory => data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Outside Development the host only serves published assets; tests run from the build output.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        // The real MiniLM model, loaded once for the whole test run rather than once per site.
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(SharedEmbedder));
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>The embedder every test site uses (tests may swap in a failing one per site).</summary>
    protected virtual ITextEmbedder SharedEmbedder => Shared;

    static readonly ITextEmbedder Shared = new MiniLmEmbedder(threadsPerCall: 1);

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) data.Dispose();
    }
}

/// <summary>
/// The in-memory server has no remote address; a test client that sends <see cref="Header"/> comes from that
/// address, so tests can play several residents (or one) the way the site tells clients apart.
/// </summary>
sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The site on the repository's own content, shared by the tests of one class.</summary>
public sealed class DefaultSite : SiteFactory;
