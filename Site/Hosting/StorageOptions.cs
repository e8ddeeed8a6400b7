namespace CommunityVoice.Site.Hosting;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>SQLite database, email outbox and logs; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";
}
