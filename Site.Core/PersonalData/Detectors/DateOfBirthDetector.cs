using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>Dates (or month and year, or a bare year) that the sentence gives as someone's birth.</summary>
public sealed class DateOfBirthDetector : IPersonalDataDetector
{
    private const string EnglishMonth =
        "january|february|march|april|may|june|july|august|september|october|november|december|" +
        "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    private const string SpanishMonth =
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    private static readonly Regex DatePattern = Pattern(
        @"\b(?<y>(19|20)\d{2})-\d{1,2}-\d{1,2}\b" +
        @"|\b\d{1,2}[/.\-]\d{1,2}[/.\-](?<y>\d{4}|\d{2})\b" +
        $@"|\b({EnglishMonth})\.?[ \t]+\d{{1,2}}(st|nd|rd|th)?,?[ \t]+(?<y>\d{{4}})\b" +
        $@"|\b\d{{1,2}}(st|nd|rd|th)?[ \t]+(of[ \t]+)?({EnglishMonth})\.?,?[ \t]+(?<y>\d{{4}})\b" +
        $@"|\b\d{{1,2}}[ \t]+de[ \t]+({SpanishMonth})[ \t]+(de|del)[ \t]+(?<y>\d{{4}})\b" +
        $@"|\b(?<m>{EnglishMonth}|{SpanishMonth})\.?,?[ \t]+((of|de|del)[ \t]+)?(?<y>\d{{4}})\b" +
        // "5/agosto/1970", "12-Mar-1961": the month as a word between separators.
        $@"|\b\d{{1,2}}[/.\-]({SpanishMonth}|{EnglishMonth})[/.\-](?<y>\d{{4}})\b" +
        // "born in '58": an abbreviated year.
        @"|['’](?<y>\d{2})\b" +
        // "nací en el 58", "born in the year 47": two digits after an article right after the cue.
        // ("es el 14/09/1957" is still read whole: the rest of a date may follow the two digits).
        $@"|\b(el|del|in|en|the year)[ \t]+(?<z>\d{{2}}([/.\-]\d{{1,2}}[/.\-](\d{{4}}|\d{{2}})|[ \t]+de[ \t]+({SpanishMonth})([ \t]+(de|del)[ \t]+\d{{4}})?)?)\b" +
        @"|\b(?<b>(19|20)\d{2})\b",
        ignoreCase: true);

    private static readonly Regex BirthCue = Pattern(
        @"\b(date of birth|birth ?date|birthday|birth|born|b-day|dob|fecha de nacimiento|fecha de nac|" +
        @"nacimiento|cumpleaños|nac[ií]|naci[oó]|nacid[oa]s?|nacieron)\b|\bd\.o\.b\.?|\bfecha de nac\.|\b[Bb]\.[ \t]",
        ignoreCase: true);

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        var thisYear = context.CurrentYear;

        // Years this recent are programme deadlines and report years more often than children's births.
        var lastBareBirthYear = thisYear - 11;
        foreach (Match m in DatePattern.Matches(text))
        {
            var cueEnd = CueBefore(BirthCue, text, m.Index, 80);
            if (cueEnd < 0 && !m.Groups["b"].Success && !m.Groups["m"].Success && IsAfterNameInParentheses(text, m.Index, m.Index + m.Length))
            {
                // "Our kids Minh (5 March 2012) and Linda (12/13/2019)": a full date in brackets after a person's
                // name is how people give a child's or a relative's birth date.
                cueEnd = m.Index;
            }

            if (cueEnd < 0)
            {
                continue;
            }

            var gap = text.AsSpan(cueEnd, m.Index - cueEnd).Trim();
            var gapLength = m.Index - cueEnd;
            if (m.Groups["z"].Success)
            {
                var z = m.Groups["z"];
                var isDate = z.Length > 2;
                var zYear = isDate ? z.ValueSpan[(z.ValueSpan.LastIndexOfAny("/.- \t") + 1)..] : z.ValueSpan;
                if (isDate && !char.IsAsciiDigit(zYear.IsEmpty ? 'x' : zYear[0]))
                {
                    // "el 14 de marzo" without a year is no birth date.
                    continue;
                }

                _ = int.TryParse(zYear, out var fullYear);
                fullYear = fullYear >= 100 ? fullYear : fullYear <= thisYear % 100 ? thisYear / 100 * 100 + fullYear : (thisYear / 100 - 1) * 100 + fullYear;

                // Any two-digit year reads as a past one ("58" is 1958, "09" is 2009), so only the gap is checked; a
                // whole date is taken like the other dates.
                if (isDate ? fullYear >= 1900 && fullYear <= thisYear && gapLength <= 20 : gap.Length <= 3)
                {
                    found.Add(new(PersonalDataKind.DateOfBirth, z.Index, z.Index + z.Length, CandidatePriority.DateOfBirth));
                }

                continue;
            }

            if (!int.TryParse(m.Groups["y"].Success ? m.Groups["y"].ValueSpan : m.Groups["b"].ValueSpan, out var year))
            {
                continue;
            }

            if (year < 100)
            {
                year += year <= thisYear % 100 ? thisYear / 100 * 100 : (thisYear / 100 - 1) * 100;
            }

            bool isBirth;
            if (m.Groups["b"].Success)
            {
                // A bare year only right after the cue: "born in 1956", "nació en 1956".
                isBirth = year >= 1900 && year <= lastBareBirthYear
                          && (gap.IsEmpty || gap is "in" or "en" or "on" or ":" or "in the year" or "el año");
            }
            else if (m.Groups["m"].Success)
            {
                isBirth = year >= 1900 && year <= thisYear && gapLength <= 15;
            }
            else
            {
                // Close to the cue any plausible birth year; further away in the same sentence, only years that
                // cannot be a programme deadline.
                isBirth = year >= 1900 && year <= (gapLength <= 20 ? thisYear : lastBareBirthYear);
            }

            if (isBirth)
            {
                found.Add(new(PersonalDataKind.DateOfBirth, m.Index, m.Index + m.Length, CandidatePriority.DateOfBirth));
            }
        }
    }

    private static bool IsAfterNameInParentheses(string text, int start, int end)
    {
        var open = SkipBack(text, start, static c => c is ' ' or '\t');
        if (open == 0 || text[open - 1] != '(' || end >= text.Length || text[end] != ')')
        {
            return false;
        }

        var wordEnd = SkipBack(text, open - 1, static c => c is ' ' or '\t');
        var wordStart = SkipBack(text, wordEnd, char.IsLetter);
        return wordStart < wordEnd && IsCapitalised(text.AsSpan(wordStart, wordEnd - wordStart));
    }
}
