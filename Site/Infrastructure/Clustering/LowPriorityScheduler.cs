using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CommunityVoice.Site.Infrastructure.Clustering;

/// <summary>
/// Runs background CPU work (embedding submissions) on one dedicated thread with the lowest scheduling priority
/// (nice 19 on Linux), so it uses an idle core fully but gives way at once to requests: on 2 cores, embedding at
/// normal priority cut the submission intake rate from 2,200/s to 900/s. ONNX Runtime on one intra-op thread runs
/// on its caller's thread, so the model runs at this priority too. Where the priority cannot be lowered, the
/// thread still works, at normal priority.
/// </summary>
public sealed class LowPriorityScheduler : TaskScheduler, IDisposable
{
    const int PrioProcess = 0, LowestPriority = 19;
    readonly BlockingCollection<Task> queue = new();
    readonly Thread thread;

    public LowPriorityScheduler()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "cv-background-cpu" };
        thread.Start();
    }

    /// <summary>Whether the thread's priority was lowered (false on systems without <c>setpriority</c>).</summary>
    public bool Lowered { get; private set; }

    void Run()
    {
        try
        {
            Lowered = OperatingSystem.IsLinux() && setpriority(PrioProcess, gettid(), LowestPriority) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            Lowered = false;
        }
        foreach (var task in queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    protected override void QueueTask(Task task) => queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Environment.CurrentManagedThreadId == thread.ManagedThreadId && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    public override int MaximumConcurrencyLevel => 1;

    public void Dispose() => queue.CompleteAdding();

    [DllImport("libc", SetLastError = true)]
    static extern int setpriority(int which, int who, int prio);

    [DllImport("libc")]
    static extern int gettid();
}
