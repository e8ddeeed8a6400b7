namespace CommunityVoice.Site.Infrastructure.Content;

/// <summary>Paths the application serves itself; content may link to them.</summary>
public static class AppRoutes
{
    public const string Sitemap = "/sitemap.xml";
    public const string Feed = "/feed.atom";
    public const string Ask = "/ask";
    public const string Propose = "/propose";
    public const string Submissions = "/submissions";
    public const string Roadmap = "/roadmap";
    public const string Wins = "/wins";
    public const string Dashboard = "/dashboard";
    public const string MyData = "/my-data";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Sitemap, Feed, Ask, Propose, Submissions, Roadmap, Wins, Dashboard, MyData };
}
