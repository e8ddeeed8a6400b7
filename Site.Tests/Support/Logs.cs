namespace CommunityVoice.Tests.Support;

/// <summary>The site's log files, read while the site still writes them.</summary>
public static class Logs
{
    public static string Read(SiteFactory site) => string.Concat(Directory.GetFiles(Path.Combine(site.DataDirectory, "logs")).Select(f =>
    {
        using var reader = new StreamReader(new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }));

    /// <summary>The logs once they contain <paramref name="line"/> (request lines are written just after the response).</summary>
    public static async Task<string> WaitForAsync(SiteFactory site, string line)
    {
        var logs = "";
        await Wait.UntilAsync(() => (logs = Read(site)).Contains(line), TimeSpan.FromSeconds(30));
        return logs;
    }
}
