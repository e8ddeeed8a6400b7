using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CommunityVoice.Core.Submissions;

/// <summary>The outcome of <see cref="PersonalDataMasker.Mask"/>.</summary>
/// <param name="Text">The text with each finding replaced by a token such as <c>[phone removed]</c>.</param>
/// <param name="Findings">What was masked, in order of position in the original text, never overlapping.</param>
public sealed record MaskResult(string Text, IReadOnlyList<PersonalDataFinding> Findings)
{
    /// <summary>True when something was masked; such a submission is held for review.</summary>
    public bool Changed => Findings.Count > 0;
}

/// <summary>
/// Finds personal data in residents' free text (English or Spanish) and replaces it with plain tokens, so the
/// text can be published: emails, phone numbers, street addresses, dates of birth, social security numbers,
/// case-like identifiers, and personal names where the wording makes them detectable.
/// </summary>
/// <remarks>
/// Deterministic, thread-safe and stateless. Its own patterns run on the non-backtracking regex engine and every
/// look-around is bounded, so time grows linearly with the text (about 0.1–0.5 s for 100 KB of hostile text, most
/// of it in libphonenumber); <see cref="Mask"/> does not throw, whatever the input. The rules, their limits and
/// their measured precision and recall are described in BENCHMARKS.md ("Personal-data masker").
/// </remarks>
public sealed class PersonalDataMasker
{
    /// <summary>Finds personal data in <paramref name="text"/> and returns the masked text with the findings.</summary>
    public MaskResult Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new MaskResult(text ?? string.Empty, []);
        }

        var found = new List<Candidate>();
        FindEmails(text, found);
        FindPhones(text, found);
        FindSocialSecurityNumbers(text, found);
        FindDatesOfBirth(text, found);
        FindAddresses(text, found);
        FindCaseNumbers(text, found);
        FindNames(text, found);

        var findings = Merge(found);
        return new MaskResult(Replace(text, findings), findings);
    }

    /// <summary>The token that replaces a finding of <paramref name="kind"/> in the public text.</summary>
    public static string ReplacementFor(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => "[email removed]",
        PersonalDataKind.Phone => "[phone removed]",
        PersonalDataKind.Address => "[address removed]",
        PersonalDataKind.DateOfBirth => "[date of birth removed]",
        PersonalDataKind.SocialSecurityNumber => "[SSN removed]",
        PersonalDataKind.CaseNumber => "[case number removed]",
        _ => "[name removed]",
    };

    // When two findings overlap, the span is the union and the kind is the one found with the strongest
    // evidence: an "@" or a 3-2-4 pattern says more than a capitalised word.
    private const int EmailPriority = 100;
    private const int SsnPriority = 90;
    private const int CuedCasePriority = 85;
    private const int DobPriority = 80;
    private const int PhonePriority = 70;
    private const int AddressPriority = 60;
    private const int CasePriority = 50;
    private const int NamePriority = 40;

    private readonly record struct Candidate(PersonalDataKind Kind, int Start, int End, int Priority, bool Formatted = false);

    private const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static Regex Pattern(string pattern, bool ignoreCase = false) =>
        new(pattern, ignoreCase ? Options | RegexOptions.IgnoreCase : Options, Regex.InfiniteMatchTimeout);

    // ---------------------------------------------------------------- email

    private static readonly Regex EmailPattern =
        Pattern(@"[\p{L}\p{N}_%+\-][\p{L}\p{N}._%+\-]*@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}");

    // "maria at gmail dot com", "rosa arroba hotmail punto com".
    private static readonly Regex SpelledEmailPattern = Pattern(
        @"\b[\p{L}\p{N}._\-]+[ \t]+(at|arroba)[ \t]+[\p{L}\p{N}\-]+([ \t]+(dot|punto)[ \t]+[\p{L}]{2,6}){1,3}\b",
        ignoreCase: true);

    private static void FindEmails(string text, List<Candidate> found)
    {
        foreach (var pattern in new[] { EmailPattern, SpelledEmailPattern })
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                found.Add(new(PersonalDataKind.Email, m.Index, m.Index + m.Length, EmailPriority));
            }
        }
    }

    // ---------------------------------------------------------------- phone

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

    private static void FindPhones(string text, List<Candidate> found)
    {
        try
        {
            foreach (var m in PhoneNumbers.FindNumbers(text, "US", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
            {
                var formatted = m.RawString.Any(c => c is '-' or '.' or ' ' or '(' or ')');
                found.Add(new(PersonalDataKind.Phone, m.Start, m.Start + m.Length, PhonePriority, formatted));
            }
        }
        catch (Exception)
        {
            // The library is a safety net, not the only detector: the patterns below still run.
        }

        foreach (var m in FormattedPhonePattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, PhonePriority, Formatted: true));
            }
        }

        foreach (var m in InternationalPhonePattern.EnumerateMatches(text))
        {
            var digits = CountDigits(text, m.Index, m.Index + m.Length);
            if (digits is >= 8 and <= 15 && IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, PhonePriority, Formatted: true));
            }
        }

        // A seven-digit local number is only a phone number when the sentence says so.
        foreach (var m in LocalPhonePattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length) && CueBefore(PhoneCue, text, m.Index, 30) >= 0)
            {
                found.Add(new(PersonalDataKind.Phone, m.Index, m.Index + m.Length, PhonePriority, Formatted: true));
            }
        }
    }

    // ---------------------------------------------------------------- social security number

    private static readonly Regex SsnPattern = Pattern(@"\b(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4})\b");

    private static readonly Regex SsnCue = Pattern(
        @"(\bssn#?|\bss#|\bs\.s\.n\.?|\bsocial security|\bsoc\. sec\.|\bseguro social|\bseguridad social)",
        ignoreCase: true);

    private static readonly Regex LastDigitsCue = Pattern(
        @"\b(end|ends|ending|last|termina|terminan|terminación|terminacion|últimos|ultimos|final)\b",
        ignoreCase: true);

    private static void FindSocialSecurityNumbers(string text, List<Candidate> found)
    {
        foreach (var m in SsnPattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.SocialSecurityNumber, m.Index, m.Index + m.Length, SsnPriority));
            }
        }

        // "SSN 585224190", "social security # 078051120", "my SSN ends in 4417".
        foreach (var cue in SsnCue.EnumerateMatches(text))
        {
            var cueEnd = cue.Index + cue.Length;
            if (!TryReadNumberAfter(text, cueEnd, 40, out var start, out var end, out var digits))
            {
                continue;
            }

            var lastDigits = digits == 4 && LastDigitsCue.IsMatch(text.AsSpan(cueEnd, start - cueEnd));
            if (digits == 9 || lastDigits)
            {
                found.Add(new(PersonalDataKind.SocialSecurityNumber, start, end, SsnPriority));
            }
        }
    }

    // ---------------------------------------------------------------- date of birth

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
        @"|\b(?<b>19\d{2}|20[01]\d)\b",
        ignoreCase: true);

    private static readonly Regex BirthCue = Pattern(
        @"\b(date of birth|birth ?date|birthday|birth|born|b-day|dob|fecha de nacimiento|fecha de nac|" +
        @"nacimiento|cumpleaños|nac[ií]|naci[oó]|nacid[oa]s?|nacieron)\b|\bd\.o\.b\.?|\bfecha de nac\.",
        ignoreCase: true);

    private static void FindDatesOfBirth(string text, List<Candidate> found)
    {
        foreach (Match m in DatePattern.Matches(text))
        {
            var cueEnd = CueBefore(BirthCue, text, m.Index, 80);
            if (cueEnd < 0)
            {
                continue;
            }

            var gap = text.AsSpan(cueEnd, m.Index - cueEnd).Trim();
            var gapLength = m.Index - cueEnd;
            if (!int.TryParse(m.Groups["y"].Success ? m.Groups["y"].ValueSpan : m.Groups["b"].ValueSpan, out var year))
            {
                continue;
            }

            if (year < 100)
            {
                year += year <= 26 ? 2000 : 1900;
            }

            bool isBirth;
            if (m.Groups["b"].Success)
            {
                // A bare year only right after the cue: "born in 1956", "nació en 1956".
                isBirth = year <= 2015 && (gap.IsEmpty || gap is "in" or "en" or "on" or ":" or "in the year" or "el año");
            }
            else if (m.Groups["m"].Success)
            {
                isBirth = year is >= 1900 and <= 2026 && gapLength <= 15;
            }
            else
            {
                // Close to the cue any plausible birth year; further away in the same sentence, only years that
                // cannot be a programme deadline.
                isBirth = gapLength <= 20 ? year is >= 1900 and <= 2026 : year is >= 1900 and <= 2015;
            }

            if (isBirth)
            {
                found.Add(new(PersonalDataKind.DateOfBirth, m.Index, m.Index + m.Length, DobPriority));
            }
        }
    }

    // ---------------------------------------------------------------- address

    private const string Space = @"[ \t\u00A0]+";
    private const string Direction = @"(N|S|E|W|NE|NW|SE|SW|North|South|East|West)";
    private const string StreetWord = @"(\p{Lu}[\p{L}'’\-]*\.?|\d{1,3}(st|nd|rd|th))";

    // No abbreviation dot here: it would carry the street name over a full stop into the next sentence.
    private const string SpanishStreetWord = @"\p{Lu}[\p{L}'’\-]*";

    private const string Suffix =
        "(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|circle|cir|" +
        "trail|trl|parkway|pkwy|highway|hwy|terrace|ter|loop|path|plaza|square|sq|alley|run|row|crossing|ridge|" +
        "pike|route|rte)";

    private const string Unit =
        @"(,?[ \t]*(?i:apartment|apto|apt|unit|suite|ste|space|spc|lot|departamento|depto|dpto)\b\.?[ \t]*#?[ \t]*" +
        @"[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b|,?[ \t]*#[ \t]?[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b)?";

    private const string SpanishStreet =
        "((?i:calle|camino|avenida|av\\.|paseo|callejón|callejon|calzada|carretera)|" +
        "Placita|Plaza|Vía|Via|Vista|Entrada|Corte|Círculo|Circulo|Sendero|Cerrada|Privada)";

    private const string Particle = @"(de la|de las|de los|del|de|la|las|los|el|y)";

    private static readonly Regex[] AddressPatterns =
    [
        // 4501 Montgomery Blvd NE; 310 N Main St, Apt 4B
        Pattern($@"\b\d{{1,6}}[A-Za-z]?{Space}({Direction}\.?{Space})?({StreetWord}{Space}){{1,4}}{Suffix}\b\.?({Space}\d{{1,5}}[A-Z]?\b)?({Space}(NE|NW|SE|SW|N|S|E|W)\b)?{Unit}"),
        // 56 juniper rd (typed in lower case: only unambiguous abbreviations)
        Pattern($@"\b\d{{1,6}}{Space}([a-z][a-z'\-]+{Space}){{1,2}}(?i:street|st|avenue|ave|boulevard|blvd|dr|ln|ct|rd|hwy)\b\.?{Unit}"),
        // 1420 Calle del Sol; 845 Camino del Monte Sol
        Pattern($@"\b\d{{1,6}}{Space}{SpanishStreet}{Space}({Particle}{Space})?{SpanishStreetWord}({Space}({Particle}{Space})?{SpanishStreetWord}){{0,3}}{Unit}"),
        // Calle Ocho 123; Avenida Juárez #45
        Pattern($@"\b{SpanishStreet}{Space}({Particle}{Space})?{SpanishStreetWord}({Space}({Particle}{Space})?{SpanishStreetWord}){{0,3}}[ \t]*,?[ \t]*(#[ \t]?|No\.?[ \t]?|(?i:núm\.?|num\.?|número|numero)[ \t])?\d{{1,6}}\b{Unit}"),
        // PO Box 55; P.O. Box 233; Apartado Postal 12; RR 2 Box 15
        Pattern(@"\b((?i:p\.?[ \t]?o\.?|post office)[ \t]*(?i:box)|(?i:apartado)([ \t]+(?i:postal))?|(?i:casilla))[ \t]*#?[ \t]*\d{1,6}\b"),
        Pattern(@"\b(?i:rr|rural route|rt|rte|route|hc|star route)[ \t]*\d{1,3},?[ \t]+(?i:box)[ \t]*\d{1,6}\b"),
    ];

    private static void FindAddresses(string text, List<Candidate> found)
    {
        foreach (var pattern in AddressPatterns)
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                var end = m.Index + m.Length;
                // A house number never follows a dollar sign ("$12 Main Street grant" is money).
                if (m.Index > 0 && text[m.Index - 1] == '$')
                {
                    continue;
                }

                while (end > m.Index && text[end - 1] is ',' or ' ' or '\t')
                {
                    end--;
                }

                found.Add(new(PersonalDataKind.Address, m.Index, end, AddressPriority));
            }
        }
    }

    // ---------------------------------------------------------------- case numbers

    private static readonly Regex DashedTokenPattern = Pattern(@"\b[A-Za-z0-9]+(-[A-Za-z0-9]+)+\b");

    private static readonly Regex PrefixedIdPattern = Pattern(@"\b[A-Za-z]{1,4}\d{6,}\b");

    private static readonly Regex DigitRunPattern = Pattern(@"\b\d+(-\d+|[ ]\d{3,})*\b");

    // A payment or EBT card number: 5077 1234 5678 9012.
    private static readonly Regex CardNumberPattern = Pattern(@"\b\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}\b");

    private static readonly Regex CaseCue = Pattern(
        @"(\bcase|\bclaim|\baccount|\bacct|\bmember|\bid\b|\bidentification|\bapplication|\bapp\b|\breference|\bref\b|" +
        @"\bconfirmation|\bfile\b|\bdocket|\bpolicy|\bticket|\bparcel|\bcustomer|\bclient|\bfolio|\bcaso|\bexpediente|" +
        @"\bcuenta|\breclamo|\bsolicitud|\bmiembro|\bcliente|\breferencia|\bidentificaci[oó]n|\bmedicaid|\bmedicare|" +
        @"\bebt\b|\btarjeta|\blicen[cs]e|\blicencia|\bpermit|\bpermiso|\bpassport|\bpasaporte|\bitin\b|#)",
        ignoreCase: true);

    // Letter prefixes of things that look like identifiers but are public: bills, forms, diseases, roads.
    private static readonly HashSet<string> PublicPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "COVID", "SARS", "H1N1", "FY", "HB", "SB", "HJR", "SJR", "HM", "SM", "HR", "HJM", "SJM", "S", "H", "I", "US",
        "NM", "SR", "CR", "NR", "KN", "N", "PM", "W", "ISO", "RFC", "UTF", "CFR", "USC", "NMSA", "NMAC", "TITLE",
        "NMSC", "NMCA", "NMCERT", "NMRA", "EIN",
        "FORM", "SECTION", "PART", "ROUTE", "HWY", "K", "PL", "EO", "MP", "AM", "GPS",
    };

    private static void FindCaseNumbers(string text, List<Candidate> found)
    {
        // Tokens such as 2023-SN-448812, UI-2024-0093341, MSP-880214; after a cue also 1EG4-TE5-MK73.
        foreach (var m in DashedTokenPattern.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            if (m.Length < 6 || !ContainsLetter(token) || PublicPrefixes.Contains(FirstLetterSegment(token)))
            {
                continue;
            }

            var cued = CueBefore(CaseCue, text, m.Index, 30) >= 0;
            if (cued ? CountDigits(text, m.Index, m.Index + m.Length) >= 4 : !ContainsLowercase(token) && LooksLikeIdentifier(token))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, cued ? CuedCasePriority : CasePriority));
            }
        }

        // NM00482177, INC0012345.
        foreach (var m in PrefixedIdPattern.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            var cued = CueBefore(CaseCue, text, m.Index, 30) >= 0;
            if (cued || (!ContainsLowercase(token) && !PublicPrefixes.Contains(FirstLetterSegment(token))))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, cued ? CuedCasePriority : CasePriority));
            }
        }

        foreach (var m in CardNumberPattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.CaseNumber, m.Index, m.Index + m.Length, CuedCasePriority));
            }
        }

        // Long digit runs after words such as case, claim, account, expediente: 7741298, 0033-481127-09; but
        // not the digits of a formatted phone number ("my case worker's number is 505-555-0142").
        var phoneCharacters = new bool[text.Length];
        foreach (var phone in found)
        {
            if (phone.Kind == PersonalDataKind.Phone && phone.Formatted)
            {
                Array.Fill(phoneCharacters, true, phone.Start, phone.End - phone.Start);
            }
        }

        foreach (var m in DigitRunPattern.EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            if (CountDigits(text, m.Index, end) < 7 || !IsIsolatedNumber(text, m.Index, end)
                || IsPartOfAmount(text, m.Index, end) || LooksLikeDate(text.AsSpan(m.Index, m.Length)))
            {
                continue;
            }

            if (CueBefore(CaseCue, text, m.Index, 30) < 0 || Array.IndexOf(phoneCharacters, true, m.Index, end - m.Index) >= 0)
            {
                continue;
            }

            found.Add(new(PersonalDataKind.CaseNumber, m.Index, end, CuedCasePriority));
        }
    }

    private static bool LooksLikeDate(ReadOnlySpan<char> token)
    {
        // 12-03-1990 or 1964-10-02: left to the date-of-birth detector.
        Span<Range> parts = stackalloc Range[4];
        if (token.Split(parts, '-') != 3)
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

    private static string FirstLetterSegment(ReadOnlySpan<char> token)
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

    // ---------------------------------------------------------------- names

    private static readonly Regex StrongNameCue = Pattern(
        @"\b((my|her|his|their|our) name is|(my|her|his) name's|my names is|(me|se|te) llamo|se llama|se llaman|" +
        @"(mi|su) nombre es)\b[ \t]*:?",
        ignoreCase: true);

    private static readonly Regex LabelNameCue = Pattern(
        @"\b(name|nombre|full name|nombre completo|from|de parte de)[ \t]*:", ignoreCase: true);

    private static readonly Regex SelfNameCue = Pattern(@"\b(i am|i'm|i’m|soy|this is)\b", ignoreCase: true);

    private static readonly Regex GreetingNameCue = Pattern(
        @"\b(dear|estimado|estimada|querido|querida)\b", ignoreCase: true);

    private static readonly Regex ContactNameCue = Pattern(
        @"\b((ask for|speak to|speak with|talk to|contact|pregunte por|pregunten por|preguntar por|hable con|" +
        @"hablen con|hablar con)\b|contact( me)?:)",
        ignoreCase: true);

    private const string Relations =
        "son|daughter|sons|daughters|husband|wife|mother|mom|mum|father|dad|neighbor|neighbour|neighbors|brother|" +
        "sister|grandmother|grandma|grandfather|grandpa|grandson|granddaughter|grandchild|grandkid|aunt|uncle|" +
        "nephew|niece|cousin|partner|friend|caseworker|case worker|landlord|landlady|child|kid|baby|boy|girl|" +
        "stepson|stepdaughter|mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|" +
        "daughter-in-law|fiancé|fiance|fiancée|boyfriend|girlfriend|roommate|tenant|client|manager|coordinator|" +
        "director|supervisor|teacher|doctor|nurse|coworker|co-worker|boss|pastor|caregiver|" +
        "hijo|hija|hijos|hijas|esposo|esposa|marido|mamá|mama|madre|papá|papa|padre|vecino|vecina|vecinos|" +
        "hermano|hermana|abuelo|abuela|nieto|nieta|tío|tía|tio|tia|primo|prima|sobrino|sobrina|suegro|suegra|" +
        "cuñado|cuñada|amigo|amiga|novio|novia|pareja|compañero|compañera|jefe|jefa|maestro|maestra|" +
        "trabajadora social|trabajador social|doctora|bebé|nene|nena|niño|niña";

    private static readonly Regex RelationNameCue = Pattern(
        $@"\b(my|our|mi|mis|nuestro|nuestra|nuestros|nuestras)[ \t]+([\p{{L}}\d\-]+[ \t]+)?({Relations})\b",
        ignoreCase: true);

    private static readonly Regex HonorificCue = Pattern(
        @"\b(Mrs|Mr|Ms|Mx|Miss|Dr|Srta|Sra|Sr|Señorita|Señora|Señor|Rev|Reverend|Fr|Pastor|Prof|Professor)\b\.?");

    // Don and Doña also begin place names (Doña Ana County). Spanish writes these titles in lower case too.
    private static readonly Regex SpanishHonorificCue = Pattern(
        @"\b([Dd]oña|[Dd]on|señorita|señora|señor)\b|\b(srta|sra|sr)\.");

    private static readonly Regex SignatureCue = Pattern(
        @"\b(sincerely|respectfully|best regards|kind regards|warm regards|regards|best wishes|many thanks|" +
        @"thank you|thanks|cheers|signed|atentamente|saludos|cordialmente|muchas gracias|gracias|firmado|firma|" +
        @"bendiciones|un saludo|con respeto)\b|\b(best|abrazos|atte\.?)[ \t]*(,|\r?\n)",
        ignoreCase: true);

    private static readonly Regex DashCue = Pattern(@"(—|–|--|(^|\n)[ \t]*-)");

    private static readonly Regex LeadingHonorific =
        Pattern(@"^(Mrs|Mr|Ms|Mx|Miss|Dr|Srta|Sra|Sr|Doña|Don|Señorita|Señora|Señor|Rev|Reverend|Fr|Pastor|Prof|Professor)\.?[ \t]+");

    [Flags]
    private enum NameRules
    {
        None = 0,
        AllowComma = 1,
        AllowNewline = 2,
        AllowAnyCase = 4,
        RejectPlaces = 8,
        MustEndLine = 16,
        NeedsNameBoundary = 32,
    }

    private static void FindNames(string text, List<Candidate> found)
    {
        AddNamesAfter(StrongNameCue, NameRules.AllowAnyCase, text, found);
        AddNamesAfter(LabelNameCue, NameRules.AllowAnyCase, text, found);
        AddNamesAfter(GreetingNameCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(SelfNameCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(ContactNameCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(RelationNameCue, NameRules.AllowComma, text, found);
        AddNamesAfter(HonorificCue, NameRules.None, text, found);
        AddNamesAfter(SpanishHonorificCue, NameRules.RejectPlaces, text, found);
        AddNamesAfter(SignatureCue, NameRules.AllowComma | NameRules.AllowNewline | NameRules.RejectPlaces, text, found);
        AddNamesAfter(DashCue, NameRules.AllowNewline | NameRules.RejectPlaces | NameRules.MustEndLine, text, found);
        AddNamesBeforeContactDetails(text, found);
        AddSignatureAtEnd(text, found);
    }

    private static void AddNamesAfter(Regex cue, NameRules rules, string text, List<Candidate> found)
    {
        foreach (var m in cue.EnumerateMatches(text))
        {
            if (TryReadName(text, m.Index + m.Length, rules, out var start, out var end))
            {
                found.Add(new(PersonalDataKind.Name, start, end, NamePriority));
            }
        }
    }

    // "Sam Whitfield, (575) 555-0150" or "Josephine Cordova, 315 Calle Alvarado": a capitalised pair right
    // before contact details is the person they belong to.
    private static void AddNamesBeforeContactDetails(string text, List<Candidate> found)
    {
        var contacts = found
            .Where(c => c.Kind is PersonalDataKind.Phone or PersonalDataKind.Address or PersonalDataKind.Email)
            .Select(c => c.Start)
            .Distinct()
            .ToList();

        foreach (var contactStart in contacts)
        {
            var i = contactStart;
            var separator = SkipBack(text, i, static c => c is ' ' or '\t');
            if (separator > 0 && text[separator - 1] == ',')
            {
                separator--;
            }
            else if (separator >= 3 && text.AsSpan(separator - 3, 3).Equals(" at", StringComparison.Ordinal))
            {
                separator -= 3;
            }
            else if (separator > 0 && text[separator - 1] is '\n' or '<' or '(')
            {
                separator = SkipBack(text, separator - 1, static c => c is ' ' or '\t');
            }
            else
            {
                continue;
            }

            if (TryReadNameBackwards(text, separator, out var start, out var end))
            {
                found.Add(new(PersonalDataKind.Name, start, end, NamePriority));
            }
        }
    }

    // "... Keep up the good work. Mark Brennan" or a name alone on the last line.
    private static void AddSignatureAtEnd(string text, List<Candidate> found)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!'))
        {
            end--;
        }

        // The last line, or the last sentence of the last line; a text that is one sentence has no signature.
        var start = end;
        while (start > 0 && text[start - 1] != '\n'
               && !(text[start - 1] is '.' or '!' or '?' && start < text.Length && text[start] == ' '))
        {
            if (end - start > 60)
            {
                return;
            }

            start--;
        }

        start = SkipSpaces(text, start);
        if (start == 0 || start >= end)
        {
            return;
        }

        // Two or more words; one word only when it stands alone on the last line ("Thanks for reading.\nMaria").
        var ownLine = text[start - 1] == '\n';
        if (TryReadName(text, start, NameRules.RejectPlaces, out var nameStart, out var nameEnd)
            && nameEnd == end
            && (CountWords(text, nameStart, nameEnd) >= 2 || (ownLine && nameEnd - nameStart >= 3)))
        {
            found.Add(new(PersonalDataKind.Name, nameStart, nameEnd, NamePriority));
        }
    }

    private static bool TryReadName(string text, int position, NameRules rules, out int start, out int end)
    {
        start = end = 0;
        var i = position;
        var sawNewline = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00A0')
            {
                i++;
            }
            else if (c is ',' or ':' && rules.HasFlag(NameRules.AllowComma) && !sawNewline)
            {
                i++;
            }
            else if (c is '\n' or '\r' && rules.HasFlag(NameRules.AllowNewline) && !sawNewline)
            {
                sawNewline = true;
                i++;
                if (c == '\r' && i < text.Length && text[i] == '\n')
                {
                    i++;
                }
            }
            else
            {
                break;
            }

            if (i - position > 6)
            {
                return false;
            }
        }

        var honorific = i < text.Length ? LeadingHonorific.Match(text, i, Math.Min(20, text.Length - i)) : Match.Empty;
        if (honorific.Success && honorific.Index == i)
        {
            i += honorific.Length;
        }

        if (!TryReadWord(text, i, out var wordEnd))
        {
            return false;
        }

        // After "my name is" people also type their name in lower case or in capitals.
        var style = !rules.HasFlag(NameRules.AllowAnyCase) ? WordCase.Capitalised
            : char.IsLower(text[i]) ? WordCase.Lower
            : IsAllUpper(text.AsSpan(i, wordEnd - i)) ? WordCase.Upper
            : WordCase.Capitalised;
        var maxWords = style == WordCase.Lower ? 2 : 4;
        var words = new List<(int Start, int End)>();
        if (!IsNameWord(text, i, wordEnd, style))
        {
            return false;
        }

        words.Add((i, wordEnd));
        i = wordEnd;
        while (words.Count < maxWords && i < text.Length && text[i] is ' ')
        {
            var next = i + 1;
            if (!TryReadWord(text, next, out var nextEnd))
            {
                break;
            }

            if (IsNameWord(text, next, nextEnd, style))
            {
                words.Add((next, nextEnd));
                i = nextEnd;
                continue;
            }

            // "María de la Cruz", "José Luis Márquez", "Robert J. Smith".
            var skip = next;
            while (TryReadWord(text, skip, out var particleEnd) && IsParticle(text.AsSpan(skip, particleEnd - skip))
                   && particleEnd < text.Length && text[particleEnd] == ' ')
            {
                skip = particleEnd + 1;
            }

            if (skip == next && IsInitial(text, next))
            {
                skip = next + 3;
            }

            if (style == WordCase.Capitalised && skip > next && TryReadWord(text, skip, out var afterEnd)
                && IsNameWord(text, skip, afterEnd, style))
            {
                words.Add((skip, afterEnd));
                i = afterEnd;
                continue;
            }

            break;
        }

        // Institutions, programmes and places are not people.
        if (words.Exists(w => IsOrganisationWord(text.AsSpan(w.Start, w.End - w.Start))))
        {
            return false;
        }

        if (TryReadWord(text, SkipSpaces(text, i), out var followingEnd)
            && IsOrganisationWord(text.AsSpan(SkipSpaces(text, i), followingEnd - SkipSpaces(text, i))))
        {
            return false;
        }

        if (rules.HasFlag(NameRules.RejectPlaces) && words.TrueForAll(w => IsPlaceWord(text.AsSpan(w.Start, w.End - w.Start))))
        {
            return false;
        }

        // After "I am" a capitalised word may be anything ("I am Worried about"); a name is followed by
        // punctuation, the end, or words such as "and", "from", "y", "de".
        if (rules.HasFlag(NameRules.NeedsNameBoundary) && i < text.Length && text[i] is ' ' or '\t')
        {
            var nextStart = SkipSpaces(text, i);
            if (TryReadWord(text, nextStart, out var nextEnd) && !IsNameFollower(text.AsSpan(nextStart, nextEnd - nextStart)))
            {
                return false;
            }
        }

        if (rules.HasFlag(NameRules.MustEndLine))
        {
            var after = i;
            while (after < text.Length && text[after] is ' ' or '\t' or '.' or ',' or '!' or '\r')
            {
                after++;
            }

            if (after < text.Length && text[after] != '\n')
            {
                return false;
            }
        }

        start = words[0].Start;
        end = words[^1].End;
        return true;
    }

    private static bool TryReadNameBackwards(string text, int end, out int start, out int nameEnd)
    {
        start = nameEnd = 0;
        var words = new List<(int Start, int End)>();
        var i = end;
        while (words.Count < 3)
        {
            var wordEnd = i;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '’' or '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !IsNameWord(text, wordStart, wordEnd, WordCase.Capitalised))
            {
                break;
            }

            words.Add((wordStart, wordEnd));
            if (wordStart == 0 || text[wordStart - 1] != ' ')
            {
                break;
            }

            i = wordStart - 1;
        }

        if (words.Count < 2 || words.Exists(w => IsOrganisationWord(text.AsSpan(w.Start, w.End - w.Start)))
            || words.TrueForAll(w => IsPlaceWord(text.AsSpan(w.Start, w.End - w.Start))))
        {
            return false;
        }

        start = words[^1].Start;
        nameEnd = words[0].End;
        return true;
    }

    private static bool TryReadWord(string text, int start, out int end)
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

    private enum WordCase
    {
        Capitalised,
        Lower,
        Upper,
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
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

    private static bool IsNameWord(string text, int start, int end, WordCase style)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length < 2 || IsStopWord(word))
        {
            return false;
        }

        // The name must end at a word boundary ("Tom's" is fine, "Tom2" is not).
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        if (style == WordCase.Lower)
        {
            foreach (var c in word)
            {
                if (!char.IsLower(c) && c is not ('\'' or '’' or '-'))
                {
                    return false;
                }
            }

            return !IsFunctionWord(word);
        }

        if (style == WordCase.Upper)
        {
            return IsAllUpper(word) && !IsFunctionWord(word);
        }

        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        // Acronyms (SNAP, WIC, NM) are programmes and places, not names.
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInitial(string text, int start) =>
        start + 2 < text.Length && char.IsUpper(text[start]) && text[start + 1] == '.' && text[start + 2] == ' ';

    private static bool IsParticle(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "la" or "las" or "los" or "y" or "van" or "von" or "da" or "di" or "du" or "le";

    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetter(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // Words that start sentences or follow "I am" / "soy".
        "The", "This", "That", "These", "Those", "There", "Here", "We", "It", "My", "Our", "Your", "Their", "His",
        "Her", "And", "But", "Or", "If", "When", "Why", "What", "How", "Where", "Who", "Please", "Thanks", "Thank",
        "Hi", "Hello", "Dear", "Yes", "No", "Not", "So", "Also", "Just", "Very", "Now", "Today", "Still", "Sure",
        "Glad", "Happy", "Sorry", "Writing", "Asking", "Concerned", "Interested", "Retired", "Disabled", "Single",
        "Currently", "One", "Part", "Apt", "Unit", "Suite", "Sent", "Re", "Hola", "Buenas", "Buenos", "Gracias",
        "El", "La", "Los", "Las", "Un", "Una", "Mi", "Su", "Yo", "Por", "Para", "Pero", "Porque", "Que", "Qué",
        "Como", "Cómo", "Soy", "Dios", "God", "Lord", "Señor", "Sir", "Madam", "Team", "All", "Everyone", "Staff",
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Sr", "Sra", "Srta", "Rev", "Fr", "Prof", "Don", "Doña", "Señora", "Señorita",
        "Friends", "Friend", "Colleagues", "Residents", "Members", "America", "Americans", "Important", "Urgent",
        "Sincerely", "Respectfully", "Regards", "Blessings", "Bendiciones", "Atentamente", "Saludos", "Cheers",
        // Professions written with a capital after "soy" or "I am".
        "Licenciada", "Licenciado", "Ingeniera", "Ingeniero", "Doctora", "Doctor", "Maestra", "Maestro",
        "Enfermera", "Enfermero", "Promotora", "Promotor", "Abogada", "Abogado", "Nurse", "Teacher", "Director",
        "Jubilada", "Jubilado", "Ciudadana", "Ciudadano", "Residente", "Inmigrante", "Veterana", "Veterano",
        "Hispana", "Hispano", "Nativa", "Nativo", "Indígena", "Católica", "Católico", "Americana", "Americano",
        "Mayor", "Menor", "Jr", "Senator", "Senador", "Senadora", "Representative", "Rep", "Governor",
        "Gobernador", "Gobernadora", "Commissioner", "Councilor", "Councilmember", "Judge", "Sheriff", "Officer",
        "Deputy", "President", "Presidente", "Presidenta", "Chair", "Chairman", "Chairwoman", "Co-Chair",
        // English months and days (Spanish ones are written in lower case, and Julio or Mercedes is a name).
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // Peoples, languages, faiths and affiliations that follow "I am".
        "American", "Native", "Hispanic", "Latino", "Latina", "Latinx", "Mexican", "Mexicana", "Mexicano", "Navajo",
        "Diné", "Apache", "Pueblo", "Zuni", "Hopi", "Indian", "Indigenous", "Black", "White", "Asian", "Anglo",
        "Chicano", "Chicana", "Catholic", "Christian", "Muslim", "Jewish", "Democrat", "Republican", "Independent",
        "Veteran", "Spanish", "English", "Deaf", "Blind", "Vietnamese", "Chinese", "African",
        // Programmes and agencies.
        "Medicaid", "Medicare", "Centennial", "Social", "Security", "Head", "Start", "Workforce", "Solutions",
        "Health", "Human", "Services", "Care", "Finance", "Legislative", "Legislature", "Governor", "Senate",
        "House", "Public", "Safety", "Transportation", "Housing", "Energy", "Environment", "Land", "Motor",
        "Vehicle", "Vehicles", "Insurance", "Superintendent", "Secretary", "Census", "Internet",
    };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Department", "Departamento", "Office", "Oficina", "Division", "Bureau", "Authority", "Agency",
        "Administration", "Commission", "Council", "Committee", "Board", "County", "Condado", "City", "Ciudad",
        "Town", "Village", "Nation", "Tribe", "Chapter", "Community", "Center", "Centre", "Centro", "Clinic",
        "Clínica", "Hospital", "School", "Schools", "Escuela", "University", "Universidad", "College", "Library",
        "Biblioteca", "Church", "Iglesia", "Program", "Programme", "Programa", "Association", "Asociación",
        "Coalition", "Alliance", "Network", "Foundation", "Fundación", "Project", "Proyecto", "Group", "Grupo",
        "Neighbors", "Neighbours", "Neighborhood", "Inc", "LLC", "Corp", "Company", "Court", "District", "Act",
        "Ley", "Fund", "Bank", "Coop", "Cooperative", "Union", "Institute", "Instituto", "Street", "Avenue",
        "Road", "Boulevard", "Calle", "Avenida", "Camino", "Park", "Parque", "Middle", "High", "Elementary",
        "Services", "Portal", "Plan", "Report", "Data", "Datos", "Legal", "Aid", "Food", "Pantry", "Line",
        "Hotline", "Senior", "Seniors", "Development", "Subdivision", "Apartments", "Complex", "Estates", "Homes",
        "Ranch", "Farm", "Farms", "Dairy", "Mine", "Plant", "Refinery", "Store", "Market", "Restaurant", "Casino",
        "Resort", "Hotel", "Mall", "Task", "Force",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "New", "Mexico", "Nuevo", "México", "Albuquerque", "Santa", "Fe", "Las", "Cruces", "Rio", "Río", "Rancho",
        "Roswell", "Farmington", "Clovis", "Hobbs", "Alamogordo", "Carlsbad", "Gallup", "Deming", "Lovington",
        "Portales", "Artesia", "Española", "Espanola", "Taos", "Socorro", "Belen", "Raton", "Ruidoso", "Grants",
        "Silver", "Shiprock", "Crownpoint", "Aztec", "Bloomfield", "Chaparral", "Sunland", "Park", "Mesilla",
        "Hatch", "Tucumcari", "Lordsburg", "Questa", "Tijeras", "Corrales", "Placitas", "Bernalillo", "Valencia",
        "Torrance", "Otero", "Eddy", "Lea", "Chaves", "Curry", "Quay", "Catron", "Cibola", "Colfax", "Harding",
        "Hidalgo", "Lincoln", "Luna", "McKinley", "Mora", "Roosevelt", "Sandoval", "San", "Juan", "Miguel",
        "Sierra", "Guadalupe", "Grant", "Doña", "Dona", "Ana", "Los", "Alamos", "Lunas", "Arriba", "El", "Paso",
        "Texas", "Arizona", "Colorado", "Juárez", "Juarez", "Navajo", "Acoma", "Laguna", "Isleta", "Valley",
        "Mountains", "East", "West", "North", "South", "Westside", "Truth", "Consequences", "Vegas", "Gadsden",
        "Chimayó", "Chimayo", "Anthony", "Roy",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "y", "i", "im", "from", "de", "del", "la", "el", "in", "en", "with", "con", "a", "the", "to", "for",
        "para", "por", "live", "vivo", "soy", "tengo", "have", "am", "is", "es", "here", "aqui", "aquí",
        "but", "pero", "not", "no", "que", "was", "were", "on", "at", "of", "or", "o",
    };

    private static readonly HashSet<string> NameFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "from", "of", "y", "de", "del", "desde", "here", "aquí", "aqui", "with", "con", "a", "an", "the", "my",
        "mi", "who", "que", "quien", "i", "im", "in", "en", "at", "living", "live", "vivo", "writing", "calling",
        "but", "pero", "your", "tu", "su", "por", "para", "also", "también", "tambien", "too", "again", "on", "or",
        "o", "for", "to", "al", "is", "es", "was", "said", "dijo", "says", "dice", "will", "can",
    };

    private static bool IsNameFollower(ReadOnlySpan<char> word) =>
        NameFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsStopWord(ReadOnlySpan<char> word) =>
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsOrganisationWord(ReadOnlySpan<char> word) =>
        OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsPlaceWord(ReadOnlySpan<char> word) =>
        PlaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // ---------------------------------------------------------------- shared helpers

    /// <summary>
    /// Returns the end of the last match of <paramref name="cue"/> within <paramref name="maxBack"/> characters
    /// before <paramref name="position"/> in the same sentence, or -1.
    /// </summary>
    private static int CueBefore(Regex cue, string text, int position, int maxBack)
    {
        var start = SentenceStart(text, position, maxBack);
        var last = -1;
        foreach (var m in cue.EnumerateMatches(text.AsSpan(start, position - start)))
        {
            last = start + m.Index + m.Length;
        }

        return last;
    }

    private static int SentenceStart(string text, int position, int maxBack)
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
        // "Mr. ", "Dr. ", "D.O.B. ", "No. " do not end a sentence.
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        return length is > 0 and <= 3 && char.IsUpper(text[start]);
    }

    private static bool TryReadNumberAfter(string text, int position, int maxGap, out int start, out int end, out int digits)
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
    private static bool IsIsolatedNumber(string text, int start, int end)
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

    private static bool IsPartOfAmount(string text, int start, int end) =>
        (start > 0 && text[start - 1] is '$' or '€') || (end < text.Length && text[end] == '%');

    private static int CountDigits(string text, int start, int end)
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

    private static bool ContainsLetter(ReadOnlySpan<char> token)
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

    private static bool ContainsLowercase(ReadOnlySpan<char> token)
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

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static int SkipBack(string text, int i, Func<char, bool> skip)
    {
        while (i > 0 && skip(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static List<PersonalDataFinding> Merge(List<Candidate> found)
    {
        var ordered = found
            .Where(c => c.End > c.Start)
            .OrderBy(c => c.Start)
            .ThenByDescending(c => c.End)
            .ToList();

        var merged = new List<PersonalDataFinding>();
        var i = 0;
        while (i < ordered.Count)
        {
            var start = ordered[i].Start;
            var end = ordered[i].End;
            var best = ordered[i];
            var j = i + 1;
            while (j < ordered.Count && ordered[j].Start < end)
            {
                end = Math.Max(end, ordered[j].End);
                if (ordered[j].Priority > best.Priority)
                {
                    best = ordered[j];
                }

                j++;
            }

            merged.Add(new PersonalDataFinding(best.Kind, start, end - start));
            i = j;
        }

        return merged;
    }

    private static string Replace(string text, List<PersonalDataFinding> findings)
    {
        if (findings.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            builder.Append(text, position, finding.Start - position);
            builder.Append(ReplacementFor(finding.Kind));
            position = finding.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
