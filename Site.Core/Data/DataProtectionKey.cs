namespace CommunityVoice.Core.Data;

/// <summary>
/// One key of the web host's data-protection key ring (it protects antiforgery tokens and cookies). Kept in the
/// database so that several app nodes on one database accept each other's tokens.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
