using System.Globalization;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// A message for one field: an English template with its arguments, so the web layer can translate both
/// (the template and any text argument are keys of its localiser) and the API can answer in English.
/// </summary>
public sealed record FieldError(string Template, params object[] Args)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Template, Args);
}
