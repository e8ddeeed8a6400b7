using Microsoft.Extensions.Options;

namespace CommunityVoice.Site.Hosting;

/// <summary>
/// Settings resolved once at start from the options: absolute paths and the connection string. A wrong setting
/// throws <see cref="OptionsValidationException"/> naming the configuration key, so the process stops at once.
/// </summary>
/// <param name="PublicBaseUrl">The site's public address (<c>Site:PublicBaseUrl</c>), without a trailing slash: every absolute
/// link in an email, feed or sitemap starts with it, never with the Host header of a request.</param>
public sealed record SiteSettings(string DataDirectory, string ContentPath, string DatabaseProvider, string ConnectionString, string PublicBaseUrl)
{
    public static SiteSettings Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        var content = configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new();
        var errors = new List<string>();

        if (string.IsNullOrWhiteSpace(storage.DataDirectory))
            errors.Add("Storage:DataDirectory must not be empty.");
        var dataDirectory = Path.GetFullPath(storage.DataDirectory ?? "App_Data", environment.ContentRootPath);

        if (!string.Equals(content.Source, ContentOptions.Files, StringComparison.OrdinalIgnoreCase))
            errors.Add($"Content:Source must be '{ContentOptions.Files}' (got '{content.Source}'); the Umbraco source is not built yet.");
        var contentPath = string.IsNullOrWhiteSpace(content.Path) ? FindContentFolder(environment.ContentRootPath) : Path.GetFullPath(content.Path, environment.ContentRootPath);
        if (!Directory.Exists(contentPath))
            errors.Add($"Content:Path '{contentPath}' is not a folder.");

        var provider = database.Provider;
        var connectionString = configuration.GetConnectionString("Default");
        if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseOptions.Sqlite;
            if (string.IsNullOrWhiteSpace(connectionString))
                connectionString = $"Data Source={Path.Combine(dataDirectory, "community-voice.db")}";
        }
        else if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseOptions.Postgres;
            if (string.IsNullOrWhiteSpace(connectionString))
                errors.Add("ConnectionStrings:Default is required when Database:Provider is 'Postgres'.");
        }
        else
        {
            errors.Add($"Database:Provider must be '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}' (got '{provider}').");
        }

        var publicBaseUrl = ResolvePublicBaseUrl(configuration[PublicBaseUrlKey], environment, errors);

        if (errors.Count > 0)
            throw new OptionsValidationException(nameof(SiteSettings), typeof(SiteSettings), errors);
        return new SiteSettings(dataDirectory, contentPath, provider, connectionString!, publicBaseUrl);
    }

    public const string PublicBaseUrlKey = "Site:PublicBaseUrl";

    /// <summary>Where <c>dotnet run --project Site</c> listens (launchSettings.json), the address outside Production when none is set.</summary>
    public const string DevelopmentBaseUrl = "http://localhost:5131";

    static string ResolvePublicBaseUrl(string? configured, IHostEnvironment environment, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            // In Production a missing address would mean links built from whatever Host header a caller sends.
            if (environment.IsProduction())
                errors.Add($"{PublicBaseUrlKey} is required in Production: the site's public address (for example https://voice.example.gov), which every link in an email and feed is built from.");
            return DevelopmentBaseUrl;
        }
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add($"{PublicBaseUrlKey} must be an absolute http or https address without a query, such as https://voice.example.gov (got '{configured}').");
            return DevelopmentBaseUrl;
        }
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    static string FindContentFolder(string contentRoot)
    {
        var beside = Path.Combine(contentRoot, "content");
        return Directory.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(contentRoot, "..", "content"));
    }
}
