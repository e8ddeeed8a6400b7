namespace CommunityVoice.Core.Roadmap;

public enum BacklogStatus { Proposed, Accepted, Planned, InProgress, Delivered, Declined }

public enum Horizon { QuickWin, MediumTerm, LongTerm }

public enum PrivacyReview { NotStarted, InReview, Cleared, Concerns }

/// <summary>
/// A use case on the public data roadmap: the problem in plain words, the resident voices behind it, the data
/// involved, its review, owner, horizon, priority and status. Everything here is public except the history's
/// staff names; the linked submissions are shown with their masked text only.
/// </summary>
public sealed class BacklogItem
{
    public const int TitleMax = 150, ProblemMax = 4000, FieldMax = 1000, ReasonMax = 2000;

    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Problem { get; set; }
    public string? Agencies { get; set; }
    public string? Datasets { get; set; }
    public bool DataNotCollectedYet { get; set; }
    public PrivacyReview PrivacyReview { get; set; }
    public string? Owner { get; set; }
    public Horizon Horizon { get; set; } = Horizon.MediumTerm;
    /// <summary>1 (highest) to 5.</summary>
    public int Priority { get; set; } = 3;
    public BacklogStatus Status { get; set; }
    /// <summary>Why it was declined, or what the last status change means; shown publicly.</summary>
    public string? StatusReason { get; set; }
    /// <summary>What changed for people once delivered (the "wins" page).</summary>
    public string? WhatChanged { get; set; }
    /// <summary>The cluster it came from, as named when it was promoted.</summary>
    public string? ClusterName { get; set; }
    /// <summary>The ranking breakdown when it was promoted (JSON of the score parts).</summary>
    public string? Score { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>Raised on every change; a form sends the version it showed, so two editors never overwrite each other unseen.</summary>
    public int Version { get; set; }
}

/// <summary>A submission behind a backlog item.</summary>
public sealed class BacklogSubmission
{
    public Guid ItemId { get; set; }
    public Guid SubmissionId { get; set; }
}

/// <summary>One change of a backlog item: what changed, from what to what, who did it, when and why.</summary>
public sealed class BacklogChange
{
    public long Id { get; set; }
    public Guid ItemId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string What { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Why { get; set; }
}
