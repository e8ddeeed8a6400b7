using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CommunityVoice.Core.Content;
using CommunityVoice.Core.Data;
using CommunityVoice.Site.Infrastructure.Content;
using CommunityVoice.Site.Infrastructure.Data;
using CommunityVoice.Site.Infrastructure.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Net.Http.Headers;
using Serilog;

namespace CommunityVoice.Site.Hosting;

public static class SiteServiceExtensions
{
    public static WebApplicationBuilder AddCommunityVoice(this WebApplicationBuilder builder)
    {
        var settings = SiteSettings.Resolve(builder.Configuration, builder.Environment);
        Directory.CreateDirectory(settings.DataDirectory);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSiteHostFiltering(settings);

        builder.AddSiteLogging(settings);
        builder.Services.AddSiteDatabase(settings);
        builder.Services.AddSiteContent();
        builder.Services.AddSiteWeb();
        builder.AddSiteSubmissions(settings);
        builder.AddSiteClustering(settings);
        builder.AddSiteRoadmap();
        builder.AddSitePrivacy();
        builder.Services.AddSiteStaff(settings, builder.Environment.IsProduction());
        return builder;
    }

    /// <summary>
    /// Unless an operator lists <c>AllowedHosts</c> themselves, only requests for the public address (and loopback,
    /// for probes on the machine itself) are served: a request naming any other host gets 400.
    /// </summary>
    static void AddSiteHostFiltering(this IServiceCollection services, SiteSettings settings) =>
        services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (o.AllowedHosts is { Count: > 0 } hosts && !hosts.Contains("*")) return;
            o.AllowedHosts = [new Uri(settings.PublicBaseUrl).Host, "localhost", "127.0.0.1", "[::1]"];
        });

    static void AddSiteLogging(this WebApplicationBuilder builder, SiteSettings settings)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(Path.Combine(settings.DataDirectory, "logs", "site-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14),
            // Each host keeps its own logger: the static Log.Logger would mix hosts that share a process (tests).
            preserveStaticLogger: true);
    }

    static void AddSiteDatabase(this IServiceCollection services, SiteSettings settings)
    {
        if (settings.DatabaseProvider == DatabaseOptions.Postgres)
            services.AddDbContextPool<CommunityVoiceDbContext, PostgresDbContext>(o => o.UseNpgsql(settings.ConnectionString));
        else
            services.AddDbContextPool<CommunityVoiceDbContext, SqliteDbContext>(o => o.UseSqlite(settings.ConnectionString).AddInterceptors(new SqlitePragmas()));

        services.AddSingleton<DatabaseState>();
        services.AddDataProtection().SetApplicationName("CommunityVoice");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
    }

    static void AddSiteContent(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentBuilder>();
        services.AddSingleton<FileContentSource>();
        services.AddSingleton<IContentSource>(sp => sp.GetRequiredService<FileContentSource>());
        services.AddHostedService<ContentLifetime>();
    }

    static void AddSiteWeb(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o => o.Conventions
            .AuthorizeFolder("/Staff", StaffRoles.CanView)
            .AllowAnonymousToPage("/Staff/Login"));
        services.AddOpenApi();
        // Spanish text stays readable in the HTML source instead of becoming character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Content pages are cached until the content changes (ContentLifetime evicts the tag), one copy per encoding.
        services.AddOutputCache(o => o.AddPolicy(ContentLifetime.Policy, b => b
            .Expire(TimeSpan.FromMinutes(10)).Tag(ContentLifetime.Tag).SetVaryByHeader(HeaderNames.AcceptEncoding)));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml"]);
        });
        // Pages are compressed once and then cached, so spend the time on a smaller page.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
            .AddCheck<ContentReadyCheck>("content", tags: ["ready"]);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }
}
