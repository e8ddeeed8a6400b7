using System.Globalization;
using System.Text;

namespace CommunityVoice.Core.Clustering;

public static class Accents
{
    /// <summary>The text without accents or other combining marks ("educación" → "educacion").</summary>
    public static string Remove(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString();
    }
}
