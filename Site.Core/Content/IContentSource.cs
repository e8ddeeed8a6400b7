namespace CommunityVoice.Core.Content;

/// <summary>
/// Where published pages come from: the <c>content/</c> folder by default, a headless CMS in production. The
/// web host reads <see cref="Current"/> on every request and clears its caches when <see cref="Changed"/> fires.
/// </summary>
public interface IContentSource
{
    ContentSnapshot Current { get; }

    /// <summary>Raised after a new snapshot has replaced the old one.</summary>
    event EventHandler? Changed;

    /// <summary>Loads (or reloads) the content; a failure keeps the previous snapshot.</summary>
    Task LoadAsync(CancellationToken cancellationToken);
}
