using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>
/// Case, claim, account, member and licence numbers: codes that look like identifiers on their own
/// (2023-SN-448812, NM00482177), card numbers, and numbers or codes right after a cue word ("claim no. 77-4419-2").
/// </summary>
public sealed class CaseNumberDetector : IPersonalDataDetector
{
    private static readonly Regex DashedTokenPattern = Pattern(@"\b[A-Za-z0-9]+(-[A-Za-z0-9]+)+\b");

    private static readonly Regex PrefixedIdPattern = Pattern(@"\b[A-Za-z]{1,4}\d{6,}\b");

    private static readonly Regex DigitRunPattern = Pattern(@"\b\d+(-\d+|[ ]\d{3,})*\b");

    // A payment or EBT card number: 5077 1234 5678 9012.
    private static readonly Regex CardNumberPattern = Pattern(@"\b\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}\b");

    private static readonly Regex LastDigitsCue = Pattern(
        @"\b(end|ends|ending|last|termina|terminan|terminación|terminacion|últimos|ultimos|final)\b", ignoreCase: true);

    // "926-016386-14 is my case", "NM84119057 — that's the number they gave me": the cue comes after the code.
    private static readonly Regex CueAfter = Pattern(
        @"^[ \t]*[,—–\-]?[ \t]*(is|was|es|that's|that is|thats|ese es|era)[ \t]+(my|mi|our|the|what|el|lo)\b", ignoreCase: true);

    // A phone number's shape (505-555-0142, 1-800-555-0100): a public line the phone detector let through is
    // still not a case number.
    private static readonly Regex PhoneShape = Pattern(@"^(\+?1[ .\-])?\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}$");

    // Letters glued to seven or more digits (NM82123414, H985307023, nm13379725) are a code whatever the
    // letters, also the ones that begin public numbers (NM 14, H 2), which are never glued to so many digits.
    private static readonly Regex GluedIdPattern = Pattern(@"\b[A-Za-z]{1,3}\d{7,12}\b");

    // Long numbers in groups (926-016386-14, 2023-753-7270, KER.0373.629) that are no date, phone or amount.
    private static readonly Regex GroupedNumberPattern = Pattern(@"\b[A-Za-z]{0,4}[.\-]?\d+([.\-]\d+){1,4}\b");

    private readonly Regex caseCue;
    private readonly NumberContext numbers;

    /// <summary>Builds the cue pattern from the lexicon's identifier and government-id cue words.</summary>
    public CaseNumberDetector(PersonalDataLexicon lexicon)
    {
        caseCue = CuePattern(lexicon);
        numbers = new NumberContext(lexicon);
    }

    /// <summary>
    /// The cue words of <paramref name="lexicon"/> as one pattern, with the number signs "#", "No.", "núm." and "nº".
    /// </summary>
    internal static Regex CuePattern(PersonalDataLexicon lexicon) => Pattern(
        $@"\b({Alternation(lexicon.IdentifierCues.Concat(lexicon.GovernmentIdCues))})\b|#|\b(no|núm|num|nro)\.|\bnº|\bn\.º",
        ignoreCase: true);

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        var lexicon = context.Lexicon;

        // What earlier detectors covered, as arrays, so each check below is constant time whatever the text holds.
        var phoneCharacters = new bool[text.Length];
        var addressCharacters = new bool[text.Length];
        foreach (var candidate in found)
        {
            if (candidate.Kind == PersonalDataKind.Phone && candidate.Formatted)
            {
                Array.Fill(phoneCharacters, true, candidate.Start, candidate.End - candidate.Start);
            }
            else if (candidate.Kind == PersonalDataKind.Address)
            {
                Array.Fill(addressCharacters, true, candidate.Start, candidate.End - candidate.Start);
            }
        }

        // Right after a cue, any code of five or more digits, or four with letters: "claim no. 77-4419-2",
        // "policy 4241309B", "account # H-88752", "expediente núm. AB-1234".
        foreach (var cue in caseCue.EnumerateMatches(text))
        {
            if (!NumberContext.TryReadCodeAfter(text, cue.Index + cue.Length, 20, out var start, out var end))
            {
                continue;
            }

            var digits = CountDigits(text, start, end);
            var hasLetter = ContainsLetter(text.AsSpan(start, end - start));
            var gap = text.AsSpan(cue.Index + cue.Length, start - cue.Index - cue.Length);

            // "card ending 3412", "cuenta con terminación 5078": the last four digits of an account are its owner's.
            var lastFour = digits == 4 && !hasLetter && end - start == 4 && LastDigitsCue.IsMatch(gap);

            // "reference N9GS-56": letters after digits make a code even with few digits.
            var mixed = hasLetter && digits >= 2 && end - start >= 5 && HasLetterAfterDigit(text.AsSpan(start, end - start))
                        && text.AsSpan(start, end - start).IndexOfAny('-', '.') > 0;
            if ((digits >= 5 || (digits >= 4 && hasLetter) || lastFour || mixed) && !numbers.IsPublic(text, start) && !IsPartOfAmount(text, start, end)
                && !LooksLikeDate(text.AsSpan(start, end - start)) && !PhoneShape.IsMatch(text.AsSpan(start, end - start)) && !IsFollowedByPercent(text, end) && !LooksLikePhone(text, start, end, phoneCharacters)
                && !addressCharacters[start] && !IsZipCode(text, start, end))
            {
                found.Add(new(PersonalDataKind.CaseNumber, start, end, CandidatePriority.CuedCaseNumber));
            }
        }

        // Tokens such as 2023-SN-448812, UI-2024-0093341, MSP-880214; after a cue also 1EG4-TE5-MK73.
        foreach (var m in DashedTokenPattern.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            if (m.Length < 6 || !ContainsLetter(token) || lexicon.PublicPrefixes.Contains(FirstLetterSegment(token)) || numbers.IsPublic(text, m.Index))
            {
                continue;
            }

            var cued = CueBefore(caseCue, text, m.Index, 30) >= 0;
            if (cued ? CountDigits(text, m.Index, m.Index + m.Length) >= 4 : !ContainsLowercase(token) && LooksLikeIdentifier(token))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, cued ? CandidatePriority.CuedCaseNumber : CandidatePriority.CaseNumber));
            }
        }

        // NM00482177, INC0012345, A1234567 (a driver licence).
        foreach (var m in PrefixedIdPattern.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            var cued = CueBefore(caseCue, text, m.Index, 30) >= 0;
            if (numbers.IsPublic(text, m.Index))
            {
                continue;
            }

            if (cued || (!ContainsLowercase(token) && !lexicon.PublicPrefixes.Contains(FirstLetterSegment(token))))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, cued ? CandidatePriority.CuedCaseNumber : CandidatePriority.CaseNumber));
            }
        }

        foreach (var m in CardNumberPattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, CandidatePriority.CuedCaseNumber));
            }
        }

        // Digit runs after words such as case, claim, account, expediente: 7741298, 0033-481127-09; but not the
        // digits of a formatted phone number ("my case worker's number is 505-555-0142"). Right after the cue
        // five digits are enough; further away, seven.
        foreach (var m in DigitRunPattern.EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            var digits = CountDigits(text, m.Index, end);
            if (digits < 5 || !IsIsolatedNumber(text, m.Index, end) || PhoneShape.IsMatch(text.AsSpan(m.Index, m.Length))
                || IsPartOfAmount(text, m.Index, end) || LooksLikeDate(text.AsSpan(m.Index, m.Length)))
            {
                continue;
            }

            var cueEnd = CueBefore(caseCue, text, m.Index, 30);
            if (cueEnd < 0 || (digits < 7 && m.Index - cueEnd > 16) || Array.IndexOf(phoneCharacters, true, m.Index, end - m.Index) >= 0
                || numbers.IsPublic(text, m.Index) || addressCharacters[m.Index] || IsZipCode(text, m.Index, end))
            {
                continue;
            }

            found.Add(new(PersonalDataKind.CaseNumber, m.Index, end, CandidatePriority.CuedCaseNumber));
        }

        FindUncuedCodes(text, phoneCharacters, addressCharacters, found);
    }

    private void FindUncuedCodes(string text, bool[] phoneCharacters, bool[] addressCharacters, List<Candidate> found)
    {
        foreach (var m in GluedIdPattern.EnumerateMatches(text))
        {
            if (!numbers.IsPublic(text, m.Index) && !IsCensusOrTable(text, m.Index))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, CandidatePriority.CaseNumber));
            }
        }

        foreach (var m in GroupedNumberPattern.EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            var token = text.AsSpan(m.Index, m.Length);
            var digits = CountDigits(text, m.Index, end);
            var cuedAfter = CueAfter.IsMatch(text.AsSpan(end, Math.Min(30, text.Length - end)));
            if (digits < (cuedAfter ? 6 : 8) || !IsIsolatedNumber(text, m.Index, end) || LooksLikeDate(token) || PhoneShape.IsMatch(token)
                || IsPartOfAmount(text, m.Index, end) || numbers.IsPublic(text, m.Index) || addressCharacters[m.Index]
                || Array.IndexOf(phoneCharacters, true, m.Index, m.Length) >= 0 || IsDecimal(token) || IsSsnShape(token) || IsZipCode(text, m.Index, end) || IsYearRange(token))
            {
                continue;
            }

            found.Add(new(PersonalDataKind.CaseNumber, m.Index, end, cuedAfter ? CandidatePriority.CuedCaseNumber : CandidatePriority.CaseNumber));
        }
    }

    // 2025-2026, 2019-2024-2027: school and fiscal years.
    private static bool IsYearRange(ReadOnlySpan<char> token)
    {
        foreach (var range in token.SplitAny("-."))
        {
            var part = token[range];
            if (!(part.Length == 4 && part[0] is '1' or '2' && part[1] is '9' or '0' && CountDigits(part.ToString(), 0, 4) == 4))
            {
                return false;
            }
        }

        return true;
    }

    // 12.5 or 3.14159: a decimal, not a code.
    private static bool IsDecimal(ReadOnlySpan<char> token) => token.Count('.') == 1 && !token.Contains('-') && !ContainsLetter(token);

    // 123-45-6789 is left to the SSN detector; 87105-2231 is a ZIP+4.
    private static bool IsSsnShape(ReadOnlySpan<char> token) =>
        (token.Length == 11 && token[3] == '-' && token[6] == '-') || (token.Length == 10 && token[5] == '-' && CountDigits(token.ToString(), 0, 10) == 9);

    // Census tracts and table ids are public: "tract 35001000107", "Table B19013".
    private bool IsCensusOrTable(string text, int start) => numbers.IsPublic(text, start);

    private static bool HasLetterAfterDigit(ReadOnlySpan<char> token)
    {
        var seenDigit = false;
        foreach (var c in token)
        {
            seenDigit |= char.IsAsciiDigit(c);
            if (seenDigit && char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFollowedByPercent(string text, int end) =>
        end < text.Length && text[end] == '%';

    // The digits of a formatted phone number found before ("my case worker's number is 505-555-0142").
    private static bool LooksLikePhone(string text, int start, int end, bool[] phoneCharacters) =>
        Array.IndexOf(phoneCharacters, true, start, end - start) >= 0 && !text.AsSpan(start, end - start).Contains('/');

    private static bool LooksLikeDate(ReadOnlySpan<char> token)
    {
        // 12-03-1990 or 1964-10-02: left to the date-of-birth detector.
        // 12/24/2026 and 8.10.2001 too: a meeting date after "hearing" is not a case number.
        Span<Range> parts = stackalloc Range[4];
        var separator = token.Contains('/') ? '/' : token.Contains('.') ? '.' : '-';
        if (token.Split(parts, separator) != 3)
        {
            return false;
        }

        var (a, b, c) = (token[parts[0]].Length, token[parts[1]].Length, token[parts[2]].Length);
        return (a <= 2 && b <= 2 && c == 4) || (a == 4 && b <= 2 && c <= 2);
    }

    private static bool LooksLikeIdentifier(ReadOnlySpan<char> token)
    {
        // At least five digits in all, and one run of three or more digits that is not a year, so that
        // COVID-19, FY2024-25, 1099-G and 27-2B-4 stay as they are.
        var digits = 0;
        var hasNonYearRun = false;
        var i = 0;
        while (i < token.Length)
        {
            if (!char.IsAsciiDigit(token[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < token.Length && char.IsAsciiDigit(token[i]))
            {
                i++;
            }

            var run = token[start..i];
            digits += run.Length;
            var isYear = run.Length == 4 && (run.StartsWith("19") || run.StartsWith("20"));
            hasNonYearRun |= run.Length >= 3 && !isYear;
        }

        return digits >= 5 && hasNonYearRun;
    }
}
