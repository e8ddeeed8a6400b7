using System.Text.RegularExpressions;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// Small, bounded scans shared by the detectors and the safety net. Every look-back is limited to a few dozen
/// characters so the work per match is constant and the whole pass stays linear in the text.
/// </summary>
internal static class TextScan
{
    private const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// "five oh five 555 1234", "5 0 5 5 5 5 0 1 4 2", "cinco cero cinco ...": digits spelled or spaced out so that
    /// no number pattern sees them; <see cref="CountSpelledDigits"/> tells how many digits a match stands for.
    /// </summary>
    public static readonly Regex SpelledDigits = Pattern(
        @"\b((zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d{1,4})[ \t,.\-]+){4,}" +
        @"(zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d{1,4})\b",
        ignoreCase: true);

    /// <summary>The digits a <see cref="SpelledDigits"/> match stands for, how many were words, how many lone digits.</summary>
    public static (int Digits, int Spelled, int Singles) CountSpelledDigits(ReadOnlySpan<char> match)
    {
        int digits = 0, spelled = 0, singles = 0;
        foreach (var range in match.SplitAny(" \t,.-"))
        {
            var part = match[range];
            if (part.IsEmpty)
            {
                continue;
            }

            if (char.IsAsciiDigit(part[0]))
            {
                digits += part.Length;
                singles += part.Length == 1 ? 1 : 0;
            }
            else
            {
                digits++;
                spelled++;
            }
        }

        return (digits, spelled, singles);
    }

    /// <summary>A pattern on the non-backtracking engine, so no input can make it slower than linear.</summary>
    public static Regex Pattern(string pattern, bool ignoreCase = false) =>
        new(pattern, ignoreCase ? Options | RegexOptions.IgnoreCase : Options, Regex.InfiniteMatchTimeout);

    /// <summary>An alternation of the words, longest first so "case worker" wins over "case".</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "[ \\t]+")));

    /// <summary>
    /// Returns the end of the last match of <paramref name="cue"/> within <paramref name="maxBack"/> characters
    /// before <paramref name="position"/> in the same sentence, or -1.
    /// </summary>
    public static int CueBefore(Regex cue, string text, int position, int maxBack)
    {
        var start = SentenceStart(text, position, maxBack);
        var last = -1;
        foreach (var m in cue.EnumerateMatches(text.AsSpan(start, position - start)))
        {
            last = start + m.Index + m.Length;
        }

        return last;
    }

    public static int SentenceStart(string text, int position, int maxBack)
    {
        var limit = Math.Max(0, position - maxBack);
        for (var i = position - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c is '\n' or '!' or '?' or '¿' or '¡' or ';')
            {
                return i + 1;
            }

            if (c == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviationBefore(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static bool IsAbbreviationBefore(string text, int dot)
    {
        // "Mr. ", "Dr. ", "D.O.B. ", "D.o.b. ", "b. ", "No. ", "núm. ", "Fecha de nac. " do not end a sentence: a
        // lone letter before a dot is an initial or an abbreviation whatever its case.
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        return (word.Length is > 0 and <= 3 && char.IsUpper(text[start])) || word.Length == 1
               || word.Equals("nac", StringComparison.OrdinalIgnoreCase)
               || word.Equals("dob", StringComparison.OrdinalIgnoreCase)
               || word.Equals("no", StringComparison.OrdinalIgnoreCase)
               || word.Equals("núm", StringComparison.OrdinalIgnoreCase)
               || word.Equals("num", StringComparison.OrdinalIgnoreCase)
               || word.Equals("nro", StringComparison.OrdinalIgnoreCase)
               || word.Equals("acct", StringComparison.OrdinalIgnoreCase)
               || word.Equals("ref", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryReadNumberAfter(string text, int position, int maxGap, out int start, out int end, out int digits)
    {
        start = end = digits = 0;
        var i = position;
        var limit = Math.Min(text.Length, position + maxGap);
        while (i < limit && !char.IsAsciiDigit(text[i]))
        {
            if (text[i] is '\n' or '?' or '!' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                return false;
            }

            i++;
        }

        if (i >= limit)
        {
            return false;
        }

        start = i;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
                i++;
                end = i;
            }
            else if (text[i] is '-' or ' ' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && digits < 9)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return end > start && !(end < text.Length && char.IsLetter(text[end]));
    }

    /// <summary>True when the number is not a piece of a longer number or code.</summary>
    public static bool IsIsolatedNumber(string text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetterOrDigit(before) || before is '_')
            {
                return false;
            }

            if (before is '-' or '/' or '.' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
            {
                return false;
            }
        }

        if (end < text.Length)
        {
            var after = text[end];
            if (char.IsLetterOrDigit(after) || after is '_')
            {
                return false;
            }

            if (after is '-' or '/' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                return false;
            }

            if (after is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsPartOfAmount(string text, int start, int end) =>
        (start > 0 && text[start - 1] is '$' or '€') || (end < text.Length && text[end] == '%')
        || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '%');

    public static int CountDigits(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    public static bool ContainsLetter(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsLowercase(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return true;
            }
        }

        return false;
    }

    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    public static int SkipBack(string text, int i, Func<char, bool> skip)
    {
        while (i > 0 && skip(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    public static string FirstLetterSegment(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && !char.IsAsciiLetter(token[start]))
        {
            start++;
        }

        var end = start;
        while (end < token.Length && char.IsAsciiLetter(token[end]))
        {
            end++;
        }

        return token[start..end].ToString();
    }

    public static bool TryReadWord(string text, int start, out int end)
    {
        end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetter(c))
            {
                end++;
            }
            else if (c is '\'' or '’' or '-' && end > start && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        // "Garcia's class": the name is Garcia.
        if (end - start > 3 && text[end - 2] is '\'' or '’' && text[end - 1] is 's')
        {
            end -= 2;
        }

        return end > start;
    }

    public static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a capitalised word with at least one lower-case letter (not an acronym such as SNAP).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for word endings of common nouns ("Housing", "Transportation", "Roads"), not of given names.</summary>
    public static bool LooksLikeCommonNoun(ReadOnlySpan<char> word) =>
        word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("tion", StringComparison.Ordinal)
        || word.EndsWith("sion", StringComparison.Ordinal) || word.EndsWith("ment", StringComparison.Ordinal)
        || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ity", StringComparison.Ordinal)
        || word.EndsWith("ness", StringComparison.Ordinal) || word.EndsWith("ure", StringComparison.Ordinal)
        || word.EndsWith("ance", StringComparison.Ordinal) || word.EndsWith("ence", StringComparison.Ordinal)
        || word.EndsWith("ship", StringComparison.Ordinal) || word.EndsWith("age", StringComparison.Ordinal)
        || word.EndsWith("dad", StringComparison.Ordinal) || word.EndsWith("ción", StringComparison.Ordinal)
        || word.EndsWith("ism", StringComparison.Ordinal);

    /// <summary>True when <paramref name="start"/> begins the text, a line or a sentence.</summary>
    public static bool IsSentenceStart(string text, int start)
    {
        var i = SkipBack(text, start, static c => c is ' ' or '\t' or '"' or '“' or '¿' or '¡');
        return i == 0 || text[i - 1] is '\n' or '.' or '!' or '?' or ':';
    }

    /// <summary>True for "NM 87501", "New Mexico 88001-1234", "ZIP 87102": five digits after a state or a ZIP word.</summary>
    public static bool IsZipCode(string text, int start, int end)
    {
        var length = end - start;
        if (!(length == 5 || (length == 10 && text[start + 5] == '-')) || CountDigits(text, start, end) != length - (length == 10 ? 1 : 0))
        {
            return false;
        }

        var before = SkipBack(text, start, static c => c is ' ' or ',' or '\u00A0');
        var wordStart = SkipBack(text, before, static c => char.IsLetter(c) || c == '.');
        var word = text.AsSpan(wordStart, before - wordStart).TrimEnd('.');
        return (word.Length == 2 && char.IsUpper(word[0]) && char.IsUpper(word[1])) || word is "N.M" or "Mexico" or "México"
               || word.Equals("zip", StringComparison.OrdinalIgnoreCase) || word.Equals("postal", StringComparison.OrdinalIgnoreCase);
    }
}
