using System.Text.RegularExpressions;
using PhoneNumbers;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>Telephone numbers: libphonenumber's valid numbers plus numbers that are obviously formatted as phones.</summary>
public sealed class PhoneDetector : IPersonalDataDetector
{
    private static readonly PhoneNumberUtil PhoneNumbers = PhoneNumberUtil.GetInstance();

    // libphonenumber rejects numbers that are not assigned (such as 555-01xx, which people use in examples
    // and forms), so obviously formatted numbers are also taken on their shape.
    private static readonly Regex FormattedPhonePattern = Pattern(
        @"(\+?1[ .\-]?)?(\(\d{3}\)[ .\-]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}([ \t]*(?i:ext\.?|extension|x)[ \t]*\d{1,5})?");

    private static readonly Regex InternationalPhonePattern = Pattern(@"\+\d{1,3}([ .\-]?\(?\d{1,4}\)?){2,5}");

    private static readonly Regex LocalPhonePattern = Pattern(@"\d{3}[.\-]\d{4}");

    private static readonly Regex PhoneCue = Pattern(
        @"\b(call|phone|cell|mobile|text|tel|telephone|fax|whatsapp|tel[eé]fono|celular|ll[aá]me(n|nme|me)?|marque)\b",
        ignoreCase: true);

    // Agency hotlines (1-800-..., (888) ...) are public: a resident's own line is never toll-free.
    private static readonly Regex TollFree = Pattern(@"(\+?1[ .\-]?)?(\(8(00|88|77|66|55|44|33|22)\)|\b8(00|88|77|66|55|44|33|22))[ .\-]?\d{3}[ .\-]?\d{4}\b");

    /// <summary>Whether <paramref name="value"/> holds a toll-free number (an agency's or company's line).</summary>
    internal static bool IsTollFree(ReadOnlySpan<char> value) => TollFree.IsMatch(value);

    // Ten digits typed without separators: a New Mexico area code, or a phone word before them ("Mi cel es
    // 5051242387", "work 5051393672"). libphonenumber rejects many of these (an exchange cannot start with 1).
    private static readonly Regex BarePhonePattern = Pattern(@"\b(\+?1)?(505|575)\d{7}\b|\b(\+?1)?[2-9]\d{9}\b");

    private static readonly Regex BarePhoneCue = Pattern(
        @"\b(call|phone|cell|cel|mobile|text|tel|telephone|fax|whatsapp|tel[eé]fono|celular|ll[aá]me(n|nme|me)?|marque|" +
        @"home|work|reach|number changed|n[uú]mero|now|me at|al)\b",
        ignoreCase: true);

    // An agency's line ("call 505-827-7750 (main line)", "the MVD office at 505-...") is public, unless the
    // sentence makes it someone's own ("my office number", "reach me at").
    private static readonly Regex PublicLineCue = Pattern(
        @"\b(main line|hotline|help ?line|call center|office line|front desk|switchboard|office hours|" +
        @"(office|department|agency|division|bureau|district|oficina|departamento)(['’]s)?[ \t]+(main[ \t]+)?(number|line|phone|at)|main office|" +
        @"(office|department|oficina|departamento)[ \t]+(of|del|de la|de)[ \t]+\p{L}+|" +
        @"l[ií]nea de ayuda|l[ií]nea de crisis|l[ií]nea principal|horario de oficina)\b",
        ignoreCase: true);

    private static readonly Regex PersonalLineCue = Pattern(
        @"\b(my|me|mine|our|his|her|their|mi|mis|nuestro|nuestra|su|home|cell|cel|celular|casa|work|personal)\b",
        ignoreCase: true);

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        var phones = new List<Candidate>();
        FindAll(text, phones);
        foreach (var m in BarePhonePattern.EnumerateMatches(text))
        {
            var nm = text[m.Index] is '5' or '+' || (text[m.Index] == '1' && m.Length == 11);
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length) && (nm || CueBefore(BarePhoneCue, text, m.Index, 30) >= 0))
            {
                phones.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, CandidatePriority.Phone, Formatted: true));
            }
        }

        // "five oh five 555 1234": ten (or seven) digits with some spelled out, after a phone word.
        foreach (var m in SpelledDigits.EnumerateMatches(text))
        {
            var (digits, spelled, _) = CountSpelledDigits(text.AsSpan(m.Index, m.Length));
            if (spelled >= 2 && digits is 7 or 10 or 11 && CueBefore(BarePhoneCue, text, m.Index, 30) >= 0)
            {
                phones.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, CandidatePriority.Phone, Formatted: true));
            }
        }

        phones.RemoveAll(c => IsPublicLine(text, c.Start, c.End));
        var tollFree = new bool[text.Length];
        foreach (var m in TollFree.EnumerateMatches(text))
        {
            Array.Fill(tollFree, true, m.Index, m.Length);
        }

        // Also drops the "555-0100" that the local pattern finds inside "(800) 555-0100".
        found.AddRange(phones.Where(c => Array.IndexOf(tollFree, true, c.Start, c.End - c.Start) < 0));
    }

    private static void FindAll(string text, List<Candidate> found)
    {
        // No catch here: the matcher catches the library's NumberParseException for each candidate itself, and
        // its argument checks (null text, unknown region) cannot fail with a string and "US". A failure would
        // therefore be a bug, and it should be seen, not hidden (the hostile-input tests run it on floods).
        foreach (var m in PhoneNumbers.FindNumbers(text, "US", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
        {
            var formatted = m.RawString.Any(c => c is '-' or '.' or ' ' or '(' or ')');
            found.Add(new(PersonalDataKind.Phone, m.Start, m.Start + m.Length, CandidatePriority.Phone, formatted));
        }

        foreach (var m in FormattedPhonePattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, CandidatePriority.Phone, Formatted: true));
            }
        }

        foreach (var m in InternationalPhonePattern.EnumerateMatches(text))
        {
            var digits = CountDigits(text, m.Index, m.Index + m.Length);
            if (digits is >= 8 and <= 15 && IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, CandidatePriority.Phone, Formatted: true));
            }
        }

        // A seven-digit local number is only a phone number when the sentence says so.
        foreach (var m in LocalPhonePattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length) && CueBefore(PhoneCue, text, m.Index, 30) >= 0)
            {
                found.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, CandidatePriority.Phone, Formatted: true));
            }
        }
    }

    private static bool IsPublicLine(string text, int start, int end)
    {
        // "Call 311 or 505-768-2000 for the city's main line": the cue may come after the number, in the same sentence.
        var from = SentenceStart(text, start, 60);
        var to = end;
        while (to < text.Length && to - end < 45 && text[to] is not ('\n' or '?' or '!') && !(text[to] == '.' && to + 1 < text.Length && text[to + 1] == ' '))
        {
            to++;
        }

        var around = text.AsSpan(from, to - from);
        return PublicLineCue.IsMatch(around) && !PersonalLineCue.IsMatch(around);
    }
}
