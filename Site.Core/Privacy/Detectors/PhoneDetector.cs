using System.Text.RegularExpressions;
using PhoneNumbers;
using static CommunityVoice.Core.Privacy.TextScan;

namespace CommunityVoice.Core.Privacy.Detectors;

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

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        var phones = new List<Candidate>();
        FindAll(text, phones);
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
}
