using System.Globalization;
using System.Text;

namespace CommunityVoice.Core.PersonalData.Tagging;

/// <summary>One token of a text: a run of letters, a run of digits or one other visible character.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
public readonly record struct TaggerToken(int Start, int End)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}

/// <summary>
/// Splits a text into tokens and describes each token by the words around it, its shape and the word lists it and
/// its neighbours are in. Training and tagging both describe tokens here, so the model always sees the same
/// features. It does not look at what the rule detectors found: the tagger is a second, independent opinion.
/// Linear in the text; never throws.
/// </summary>
public static class TaggerFeatures
{

    /// <summary>Tokens: words (with inner apostrophes), codes and numbers, or any other single non-space character.</summary>
    public static List<TaggerToken> Tokenize(string text)
    {
        var tokens = new List<TaggerToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                // A word or a code: letters and digits together ("ABX77Q2"), and pieces joined by "-", "/" or "."
                // when a digit is in them ("M-24-MC-35-0417", "3/4/59", "I-25"), so that a code is one decision.
                var digits = false;
                i = Chunk(text, i, ref digits);
                while (i + 1 < text.Length && text[i] is '-' or '/' or '.' && char.IsLetterOrDigit(text[i + 1]))
                {
                    var nextDigits = false;
                    var next = Chunk(text, i + 1, ref nextDigits);
                    if (!digits && !nextDigits)
                    {
                        break;
                    }

                    digits = true;
                    i = next;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(new TaggerToken(start, i));
        }

        return tokens;
    }

    // Letters, digits, combining marks and apostrophes between letters, from start; notes whether a digit was seen.
    private static int Chunk(string text, int i, ref bool digits)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i])
            || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]))))
        {
            digits |= char.IsAsciiDigit(text[i]);
            i++;
        }

        return i;
    }

    /// <summary>Space-separated features of every token of <paramref name="text"/>.</summary>
    public static string[] Describe(string text, IReadOnlyList<TaggerToken> tokens, PersonalDataLexicon lexicon)
    {
        // One pass for what every token's features read about the others. Word classes: "u" a letter word in no
        // list (name-like), "c" common, "r" relation, "t" street word, "s" stop or function, "g" given name,
        // "p" place, "y" a year, "n" other numbers and codes, "o" other. Used around each token, so that what was
        // learned for one relation word or name carries over to others. A capitalised word that also appears in
        // lower case elsewhere in the text is an ordinary word ("seenlower").
        var words = new string[tokens.Count];
        var shapes = new string[tokens.Count];
        var classesOf = new char[tokens.Count];
        var lowerSeen = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = 0;
        var letterWords = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var span = text.AsSpan(tokens[t].Start, tokens[t].Length);
            words[t] = Word(span);
            shapes[t] = Shape(span);
            classesOf[t] = Class(span, lexicon);
            if (char.IsLower(span[0]))
            {
                lowerSeen.Add(words[t]);
            }

            if (char.IsLetter(span[0]))
            {
                letterWords++;
                capitalised += char.IsUpper(span[0]) ? 1 : 0;
            }
        }

        var caseStyle = letterWords == 0 ? "none"
            : capitalised * 20 < letterWords ? "lower"
            : capitalised * 10 > letterWords * 8 ? "upper" : "mixed";

        var result = new string[tokens.Count];
        var builder = new StringBuilder();
        for (var t = 0; t < tokens.Count; t++)
        {
            builder.Clear();
            var token = tokens[t];
            var span = text.AsSpan(token.Start, token.Length);
            Add(builder, "w", words[t]);
            Add(builder, "s", shapes[t]);
            Add(builder, "len", Math.Min(token.Length, 12).ToString(CultureInfo.InvariantCulture));
            if (char.IsAsciiDigit(span[0]) || words[t][0] == '<')
            {
                var digitCount = 0;
                foreach (var c in span) digitCount += char.IsAsciiDigit(c) ? 1 : 0;
                Add(builder, "digits", Math.Min(digitCount, 12).ToString(CultureInfo.InvariantCulture));
                if (char.IsLetter(span[0]))
                {
                    var letters = 0;
                    while (letters < span.Length && letters < 4 && char.IsLetter(span[letters])) letters++;
                    Add(builder, "codepre", span[..letters].ToString().ToLowerInvariant());
                }
            }
            else if (char.IsLetter(span[0]))
            {
                Add(builder, "pre", words[t][..Math.Min(3, words[t].Length)]);
                Add(builder, "suf", words[t][Math.Max(0, words[t].Length - 3)..]);
                if (lexicon.IsGivenName(span)) Add(builder, "lex", "given");
                if (lexicon.IsStopWord(span)) Add(builder, "lex", "stop");
                if (lexicon.IsPlaceWord(span)) Add(builder, "lex", "place");
                if (lexicon.IsOrganisationWord(span)) Add(builder, "lex", "org");
                if (lexicon.IsFunctionWord(span)) Add(builder, "lex", "function");
                if (lexicon.IsPublicTitle(span)) Add(builder, "lex", "title");
                if (lexicon.IsNameFollower(span)) Add(builder, "lex", "follower");
                if (lexicon.IsCommonWord(span)) Add(builder, "lex", "common");
                if (char.IsUpper(span[0]) && lowerSeen.Contains(words[t])) Add(builder, "lex", "seenlower");
            }

            var lineStart = token.Start == 0 || LineBreakBefore(text, tokens, t);
            if (lineStart) Add(builder, "pos", "linestart");
            if (t == 0) Add(builder, "pos", "first");
            if (t > 0 && token.Start == tokens[t - 1].End) Add(builder, "glue", "left");
            if (t + 1 < tokens.Count && tokens[t + 1].Start == token.End) Add(builder, "glue", "right");

            for (var offset = -3; offset <= 3; offset++)
            {
                if (offset == 0)
                {
                    continue;
                }

                var n = t + offset;
                var at = offset.ToString("+0;-0", CultureInfo.InvariantCulture);
                if (n < 0 || n >= tokens.Count)
                {
                    Add(builder, "w" + at, "<none>");
                    continue;
                }

                Add(builder, "w" + at, words[n]);
                if (Math.Abs(offset) == 1)
                {
                    Add(builder, "s" + at, shapes[n]);
                }
            }

            Add(builder, "case", caseStyle);
            var left = t > 0 ? classesOf[t - 1] : '^';
            var left2 = t > 1 ? classesOf[t - 2] : '^';
            var right = t + 1 < tokens.Count ? classesOf[t + 1] : '$';
            Add(builder, "c", classesOf[t].ToString());
            Add(builder, "cc", string.Concat(left, classesOf[t], right));
            Add(builder, "ccc", string.Concat(left2, left, classesOf[t]));
            Add(builder, "c|case", classesOf[t] + caseStyle);
            Add(builder, "w-1c", (t > 0 ? words[t - 1] : "<none>") + "|" + classesOf[t]);
            Add(builder, "cw+1", classesOf[t] + "|" + (t + 1 < tokens.Count ? words[t + 1] : "<none>"));
            Add(builder, "w-1w", (t > 0 ? words[t - 1] : "<none>") + "|" + shapes[t]);
            Add(builder, "ww+1", shapes[t] + "|" + (t + 1 < tokens.Count ? words[t + 1] : "<none>"));
            if (t > 1) Add(builder, "w-2-1", words[t - 2] + "|" + words[t - 1]);
            result[t] = builder.ToString();
        }

        return result;
    }

    private static char Class(ReadOnlySpan<char> span, PersonalDataLexicon lexicon)
    {
        if (char.IsAsciiDigit(span[0])) return IsYear(span) ? 'y' : 'n';
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c)) return 'n';
        }

        if (!char.IsLetter(span[0])) return 'o';
        if (lexicon.IsRelationWord(span)) return 'r';
        if (lexicon.IsStreetWord(span)) return 't';
        if (lexicon.IsFunctionWord(span) || (lexicon.IsStopWord(span) && !lexicon.IsGivenName(span))) return 's';
        if (lexicon.IsGivenName(span)) return 'g';
        if (lexicon.IsPlaceWord(span)) return 'p';
        if (lexicon.IsCommonWord(span)) return 'c';
        return 'u';
    }

    private static bool IsYear(ReadOnlySpan<char> span) =>
        span.Length == 4 && ((span[0] == '1' && span[1] == '9') || (span[0] == '2' && span[1] == '0'));

    private static void Add(StringBuilder builder, string name, string value)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(name).Append('=').Append(value);
    }

    private static bool LineBreakBefore(string text, IReadOnlyList<TaggerToken> tokens, int t)
    {
        var from = t == 0 ? 0 : tokens[t - 1].End;
        for (var i = from; i < tokens[t].Start; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    // The lower-case word; a number is its digit count ("5981" and "4417" look alike), a code its shape.
    private static string Word(ReadOnlySpan<char> span)
    {
        var digits = 0;
        foreach (var c in span)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (digits == span.Length)
        {
            return "<d" + Math.Min(span.Length, 10).ToString(CultureInfo.InvariantCulture) + ">";
        }

        if (digits > 0)
        {
            var shape = Shape(span);
            return "<" + (shape.Length > 12 ? shape[..12] : shape) + ">";
        }

        return span.Length == 1 && !char.IsLetter(span[0]) ? span.ToString() : span.ToString().ToLowerInvariant();
    }

    // "Abeyta" → "Xx", "NM" → "X", "rosa" → "x", "5981" → "d", "#" → "#": each run of one class once.
    private static string Shape(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(4);
        var last = '\0';
        foreach (var c in span)
        {
            var shape = char.IsUpper(c) ? 'X' : char.IsLetter(c) || IsMark(c) ? 'x' : char.IsAsciiDigit(c) ? 'd' : c;
            if (shape != last)
            {
                builder.Append(shape);
                last = shape;
            }
        }

        return builder.ToString();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
