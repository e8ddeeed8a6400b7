using CommunityVoice.Core.Content;
using CommunityVoice.Site.Hosting;
using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Site.Infrastructure.Content;

/// <summary>
/// Publishes the <c>content/</c> folder and watches it: an edited, added or removed file is live a moment later,
/// without a restart. A file with a problem is skipped and logged; the rest of the site keeps serving.
/// </summary>
public sealed class FileContentSource(SiteSettings settings, ContentBuilder builder, TimeProvider clock, ILogger<FileContentSource> logger)
    : IContentSource, IDisposable
{
    static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);
    readonly SemaphoreSlim loading = new(1, 1);
    readonly Lock debounceGate = new();
    FileSystemWatcher? watcher;
    ITimer? debounce;
    volatile ContentSnapshot current = ContentSnapshot.Empty;

    public ContentSnapshot Current => current;
    public event EventHandler? Changed;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await loading.WaitAsync(cancellationToken);
        try
        {
            var root = settings.ContentPath;
            var snapshot = builder.Build(ContentFolder.ReadPages(root), ContentFolder.ReadSections(root), AppRoutes.All, clock.GetUtcNow());
            foreach (var error in snapshot.Errors)
                logger.LogError("Content file {File} line {Line} was skipped: {Problem}", error.File, error.Line, error.Message);
            logger.LogInformation("Content loaded from {Folder}: {Pages} pages, {Errors} files skipped", root, snapshot.Pages.Count, snapshot.Errors.Count);
            current = snapshot;
        }
        catch (IOException ex)
        {
            // A file caught half-written: keep what is published and try again on the next change.
            logger.LogWarning(ex, "Content could not be read; keeping the previous pages");
            return;
        }
        finally
        {
            loading.Release();
        }
        Watch();
        Changed?.Invoke(this, EventArgs.Empty);
    }

    void Watch()
    {
        if (watcher is not null) return;
        watcher = new FileSystemWatcher(settings.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) => OnChange(this, e);
        watcher.EnableRaisingEvents = true;
    }

    void OnChange(object? sender, EventArgs e)
    {
        // Editors save in several steps; reload once they have settled.
        lock (debounceGate)
        {
            debounce?.Dispose();
            debounce = clock.CreateTimer(_ => _ = ReloadAsync(), null, Settle, Timeout.InfiniteTimeSpan);
        }
    }

    async Task ReloadAsync()
    {
        try
        {
            await LoadAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Content reload failed; keeping the previous pages");
        }
    }

    public void Dispose()
    {
        debounce?.Dispose();
        watcher?.Dispose();
        loading.Dispose();
    }
}
