namespace CommunityVoice.Core.Privacy;

/// <summary>Turns a <see cref="DataLinkClaim"/> into an opaque URL token and back (the web host uses Data Protection).</summary>
public interface IDataLinkProtector
{
    string Protect(DataLinkClaim claim);

    /// <summary>The claim, or null when the token is malformed, tampered with or past its lifetime.</summary>
    DataLinkClaim? Unprotect(string token);
}
