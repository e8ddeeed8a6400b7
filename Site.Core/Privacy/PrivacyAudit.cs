using CommunityVoice.Core.Moderation;

namespace CommunityVoice.Core.Privacy;

/// <summary>The audit-log entries of residents' data requests: the subject is the pseudonym, never the address.</summary>
public static class PrivacyAudit
{
    public const string Actor = "resident";
    public const string LinkRequested = "privacy.link_requested";
    public const string LinkThrottled = "privacy.link_throttled";
    public const string LinkRefused = "privacy.link_refused";
    public const string Viewed = "privacy.viewed";
    public const string Downloaded = "privacy.downloaded";
    public const string Erased = "privacy.erased";
    public const string Retention = "privacy.retention";

    public static AuditEntry Entry(string action, string pseudonym, DateTimeOffset at, string? detail = null) =>
        new() { At = at, Actor = Actor, Action = action, Subject = pseudonym, Detail = detail };
}
