using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// Reading the code that follows a cue word ("claim no. 77-4419-2", "expediente núm. AB-1234") and telling
/// public numbers ("HB 2", "award number 2024-DY-237", "§ 27-2-12") from personal ones. Shared by the case-number
/// detector (which masks) and the safety net (which flags), so both agree on what a code is.
/// </summary>
internal sealed class NumberContext
{
    private readonly Regex publicNumberCue;

    public NumberContext(PersonalDataLexicon lexicon)
    {
        publicNumberCue = Pattern($@"(\b({Alternation(lexicon.PublicNumberCues.Where(c => c != "§"))})\b|§)", ignoreCase: true);
    }

    // "The PRC docket 23-00255-UT": a docket named by its commission or court is public record; "waiting on
    // docket AY-0762" or "my docket" is the resident's own.
    // A case only after a regulator ("PRC case 24-00089-UT"): "CYFD case" or "Medicaid case" is the resident's.
    private static readonly Regex AgencyDocket = Pattern(
        @"(\b\p{Lu}[\p{L}]*|\b[Cc]ommission|\b[Cc]ourt|\b[Uu]tility)[ \t]+docket[ \t]*(no\.|number|#)?[ \t]*:?[ \t]*$|" +
        @"\b(PRC|NMPRC|FERC|FCC|OSI|Commission)[ \t]+case[ \t]*(no\.|number|#)?[ \t]*:?[ \t]*$");

    /// <summary>True when a word such as bill, section, route or grant comes just before the number at <paramref name="start"/>.</summary>
    public bool IsPublic(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        var window = text.AsSpan(from, start - from);
        if (AgencyDocket.IsMatch(window) && !window.Contains("My ", StringComparison.Ordinal) && !window.Contains("Mi ", StringComparison.Ordinal))
        {
            return true;
        }

        var lastEnd = -1;
        foreach (var m in publicNumberCue.EnumerateMatches(window))
        {
            lastEnd = m.Index + m.Length;
        }

        if (lastEnd < 0)
        {
            return false;
        }

        // Only the cue's own number: nothing but a number sign, "number" or a year between them.
        var between = window[lastEnd..].Trim().TrimEnd(':').Trim();

        // "grant B-22-DC-35-0001", "Table B19013": a letter prefix of the public number itself.
        var prefixEnd = between.Length;
        while (prefixEnd > 0 && (char.IsAsciiLetterUpper(between[prefixEnd - 1]) || between[prefixEnd - 1] == '-'))
        {
            prefixEnd--;
        }

        if (prefixEnd < between.Length && between.Length - prefixEnd <= 5 && (prefixEnd == 0 || between[prefixEnd - 1] == ' '))
        {
            between = between[..prefixEnd].Trim();
        }
        return between.IsEmpty || between is "#" or "No." or "no." or "number" or "núm." or "número" or "no"
               || (between.Length == 4 && char.IsAsciiDigit(between[0])) || between.EndsWith("§");
    }

    /// <summary>
    /// Finds the first code within <paramref name="maxGap"/> characters after <paramref name="position"/> in the same
    /// sentence, skipping up to four connecting words ("number is", "es el"). A code starts with a digit or is a
    /// capitalised letter prefix glued to digits (A1234567, MSP-880214).
    /// </summary>
    public static bool TryReadCodeAfter(string text, int position, int maxGap, out int start, out int end)
    {
        start = end = 0;
        var limit = Math.Min(text.Length, position + maxGap);
        var i = position;
        var wordsSkipped = 0;
        while (i < limit)
        {
            var c = text[i];
            if (c is '\n' or '!' or '?' or ';' || (c == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !IsNumberSign(text, i)))
            {
                return false;
            }

            if (char.IsAsciiDigit(c) || (char.IsAsciiLetter(c) && StartsCode(text, i)))
            {
                break;
            }

            if (char.IsLetter(c))
            {
                TryReadWord(text, i, out var wordEnd);
                if (++wordsSkipped > 4)
                {
                    return false;
                }

                i = Math.Max(wordEnd, i + 1);
                continue;
            }

            i++;
        }

        if (i >= limit || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return false;
        }

        start = i;
        end = ReadCode(text, start);
        while (end > start && text[end - 1] is '-' or '/' or ' ')
        {
            end--;
        }

        return end > start;
    }

    private static bool IsNumberSign(string text, int dot)
    {
        var start = SkipBack(text, dot, char.IsLetter);
        var word = text.AsSpan(start, dot - start);
        return word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("núm", StringComparison.OrdinalIgnoreCase)
            || word.Equals("num", StringComparison.OrdinalIgnoreCase) || word.Equals("nro", StringComparison.OrdinalIgnoreCase)
            || word.Equals("acct", StringComparison.OrdinalIgnoreCase) || word.Equals("ref", StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsCode(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 7 && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        return j < text.Length && char.IsUpper(text[i])
               && (char.IsAsciiDigit(text[j]) || (text[j] is '-' or '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1])));
    }

    // The code and the groups that follow it: "77-4419-2", "A12 345 678", "2024-CV-00123".
    private static int ReadCode(string text, int start)
    {
        var end = start;
        var limit = Math.Min(text.Length, start + 40);
        while (end < limit)
        {
            var c = text[end];
            if (char.IsAsciiLetterOrDigit(c))
            {
                end++;
            }
            else if (c is '-' or '/' or ' ' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]) && !(c == ' ' && IsYearAhead(text, end + 1)))
            {
                end++;
            }
            else if (c == ' ' && end + 3 < text.Length && text[end + 1] == '-' && text[end + 2] == ' ' && char.IsAsciiDigit(text[end + 3]))
            {
                // 398 - 157 - 985: groups set apart by spaced dashes.
                end += 3;
            }
            else if (c == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]) && end > start && char.IsAsciiLetterOrDigit(text[end - 1]))
            {
                // KER.0373.629: dots between groups.
                end++;
            }
            else if (c is '-' or '/' && end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "case 4419227 2019" is not one code: a space before a year ends it.
    private static bool IsYearAhead(string text, int i) =>
        i + 4 <= text.Length && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
        && text[i] is '1' or '2' && text[i + 1] is '9' or '0' && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]);
}
