namespace CommunityVoice.Site.Infrastructure.Data;

/// <summary>Whether start-up finished applying migrations; the readiness check reports it.</summary>
public sealed class DatabaseState
{
    public volatile bool Migrated;
}
