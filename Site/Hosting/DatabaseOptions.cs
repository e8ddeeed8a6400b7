namespace CommunityVoice.Site.Hosting;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;
}
