using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Web.Privacy;

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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var logs = Read(site);
            if (logs.Contains(line)) return logs;
            await Task.Delay(20, timeout.Token);
        }
    }
}
