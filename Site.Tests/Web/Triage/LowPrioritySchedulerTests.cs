using CommunityVoice.Site.Infrastructure.Clustering;

namespace CommunityVoice.Tests.Web.Triage;

public class LowPrioritySchedulerTests
{
    [Fact]
    public async Task WorkRunsOnOneThreadWhosePriorityIsLoweredOnLinux()
    {
        using var scheduler = new LowPriorityScheduler();
        var threads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Factory.StartNew(() => Environment.CurrentManagedThreadId, CancellationToken.None, TaskCreationOptions.None, scheduler)));
        Assert.Single(threads.Distinct());
        if (OperatingSystem.IsLinux())
        {
            Assert.True(scheduler.Lowered);
            // The kernel's own view of that thread: field 19 of /proc/self/task/<tid>/stat is its nice value.
            var nice = await Task.Factory.StartNew(() => File.ReadAllText("/proc/thread-self/stat").Split(") ")[1].Split(' ')[16],
                CancellationToken.None, TaskCreationOptions.None, scheduler);
            Assert.Equal("19", nice);
        }
    }
}
