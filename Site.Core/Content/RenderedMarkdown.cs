namespace CommunityVoice.Core.Content;

/// <summary>A Markdown body turned into safe HTML, with what the site needs to know about it.</summary>
/// <param name="Links">Site-internal links as written (path and optional anchor) with their 1-based body line.</param>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc, IReadOnlyList<InternalLink> Links);

/// <summary>A link from a page to another page of the site, e.g. <c>/principles#privacy</c>.</summary>
public sealed record InternalLink(string Path, string? Anchor, int BodyLine);
