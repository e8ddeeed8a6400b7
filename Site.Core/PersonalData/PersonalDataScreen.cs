using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// The safety net behind <see cref="PersonalDataMasker"/>: flags what <em>might</em> be personal data without
/// having to recognise its exact format, so that a person reads the text before it is public. It is generous
/// on purpose (it holds, it does not mask): identifier-like tokens after cue words or number signs, codes mixing
/// letters and digits, long digit runs, house numbers before street words, PO boxes, rural routes, road numbers
/// near a home, units, and capitalised words beside relation, role or family words, known given names and the
/// first word of a field when a verb such as "needs" follows.
/// </summary>
/// <remarks>
/// Public numbers are left alone: money, percentages, years, ZIP codes, counts written with commas, phone-shaped
/// hotlines (the masker handles phones), and numbers right after words such as bill, HB, section, route or grant.
/// Linear in the text: non-backtracking patterns and look-arounds of a few dozen characters.
/// </remarks>
public sealed class PersonalDataScreen
{
    private readonly PersonalDataLexicon lexicon;
    private readonly Regex identifierCue;
    private readonly Regex governmentIdCue;
    private readonly NumberContext numbers;
    private readonly Regex streetLine;
    private readonly Regex homeStreet;
    private readonly Regex relationThenWord;
    private readonly Regex wordThenRelation;
    private readonly Regex familyWord;
    private readonly Regex personVerb;

    private static readonly Regex Possessive = Pattern(@"\b\p{Lu}\p{Ll}+['’]s\b");

    private static readonly Regex NumberToken = Pattern(@"\b[A-Za-z]{0,6}\d[A-Za-z0-9]*([-/][A-Za-z0-9]+)*\b");

    private static readonly Regex SpanishStreetLine = Pattern(
        @"\b(calle|camino|avenida|av\.|carretera|callejón|callejon|paseo|cerrada|privada|placita|sendero)[ \t]+([\p{L}\p{N}'’\-]+[ \t]+){1,3}(#|no\.?|núm\.?|num\.?|número)?[ \t]*\d{1,5}\b",
        ignoreCase: true);

    private static readonly Regex BoxOrRoute = Pattern(
        @"\b(p\.?[ \t]?o\.?[ \t]*box|post office box|box|apartado|casilla|pmb|hc|hcr|rr|rural route|star route)[ \t]*#?[ \t]*\d{1,6}\b",
        ignoreCase: true);

    private static readonly Regex RoadNumber = Pattern(
        @"\b((county|state|frontage)[ \t]+(road|rd)|cr|sr|nm|us|highway|hwy|carretera|camino)[ \t\-]*\d{1,4}\b", ignoreCase: true);

    private static readonly Regex HomeWord = Pattern(
        @"\b(live|lives|living|lived|house|home|address|mailing|deliver|off|my|mi|casa|vivo|vive|vivimos|viven|domicilio|direcci[oó]n)\b",
        ignoreCase: true);

    private static readonly Regex UnitNumber = Pattern(
        @"\b(apt|apartment|unit|suite|ste|space|spc|lot|trailer|depto|apto|departamento|house|casa|home|mobile home|interior|int\.)\.?[ \t]*#?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?\b",
        ignoreCase: true);

    private static readonly Regex FormWord = Pattern(
        @"\b(form|formulario|line|l[ií]nea|schedule|version|versi[oó]n|lists|tax|w-2|1099|return|check|mark|marque|casilla de)\b|\b[A-Z]{2,4}-\d",
        ignoreCase: true);

    // "last four 5521", "ending in 0417", "termina en 7295": the end of some number, whatever the number is.
    private static readonly Regex LastDigits = Pattern(
        @"\b(last[ \t]+(four|4)|ending|ends|termina|terminan|terminación|terminacion|últimos[ \t]+(cuatro|4)|ultimos[ \t]+(cuatro|4))\b[^\d\n.?!]{0,30}\b\d{4}\b",
        ignoreCase: true);


    // "77 4419 2", "585 - 22 - 4190": digit groups set apart by spaces or dashes (dots are statutes: 8.139.500 NMAC).
    private static readonly Regex SpacedGroups = Pattern(
        @"\b\d{1,5}(([ \t]*-[ \t]*|[ \t]+)\d{1,5}){1,5}\b");

    // "born in 62", "nací en el 62", "b. 3/4": a short number or a date shape after a birth word.
    private static readonly Regex BirthNumber = Pattern(
        @"\b(born|birth|birthday|birthdate|dob|d\.o\.b|nac[ií]|naci[oó]|nacid[oa]|nacimiento|cumpleaños)\b[^\d\n?!]{0,20}\d[\d/.\-]*",
        ignoreCase: true);

    // "lupe.r en gmail", "rosa at yahoo": a handle before a mail provider with the domain left off.
    private static readonly Regex ProviderHandle = Pattern(
        @"\b[\p{L}\p{N}._\-]*[\p{L}\p{N}][ \t]+(at|en|on|arroba|@)[ \t]+(gmail|yahoo|hotmail|outlook|icloud|aol|comcast|msn|protonmail|live|ymail)\b|\b[\p{L}\p{N}._\-]+[ \t]+arroba[ \t]+\p{L}",
        ignoreCase: true);

    // "14 Loma Linda, Placitas": a house number and capitalised words before a comma and a town.
    private static readonly Regex NumberBeforeTown = Pattern(@"\b\d{1,5}[ \t]+\p{Lu}\p{Ll}+([ \t]+\p{Lu}\p{Ll}+){0,2}[ \t]*,[ \t]*\p{Lu}\p{Ll}+");

    // "Ask Lan, she knows", "Thanks to Kyle at the library", "Le dije a Benito": a capitalised word after these is
    // someone the writer knows.
    private static readonly Regex AddressedPerson = Pattern(
        @"\b([Aa]sk|[Tt]ell|[Tt]hanks to|[Tt]hank|[Gg]racias a|[Ll]e dije a|[Pp]regúntale a|[Pp]reguntale a|[Pp]regunten a|[Dd]íganle a|[Mm]e and|[Yy]o y|[Ll]lamen a)[ \t]+\p{Lu}\p{Ll}");

    // "my tio mike says", "el doctor vigil", "i am the director, hunter jensen": a lower-case word after a
    // relation or role is a name when it is a known given name or a person's verb follows.
    private readonly Regex lowerAfterRelation;

    private static readonly HashSet<string> NotStreetNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "miles", "mile", "blocks", "block", "minutes", "hours", "days", "years", "times", "people", "families",
        "kids", "houses", "homes", "cars", "trucks", "buses", "more", "less", "other", "different", "new", "old",
        "big", "small", "many", "few", "same", "dirt", "paved", "gravel", "every", "each", "percent", "million",
        "billion", "thousand", "residents", "students", "lanes", "potholes", "accidents", "crashes", "units",
    };

    /// <summary>Builds the cue patterns from <paramref name="lexicon"/>.</summary>
    public PersonalDataScreen(PersonalDataLexicon lexicon)
    {
        this.lexicon = lexicon;
        identifierCue = Pattern(
            $@"\b({Alternation(lexicon.IdentifierCues)})\b|#|\b(no|núm|num|nro)\.|\bnº", ignoreCase: true);
        governmentIdCue = Pattern($@"\b({Alternation(lexicon.GovernmentIdCues)})\b", ignoreCase: true);
        numbers = new NumberContext(lexicon);
        homeStreet = Pattern(
            $@"\b(live|lives|living|lived|vivo|vive|vivimos|viven)[ \t]+(on|off|at|en|sobre)[ \t]+((the|la|el)[ \t]+)?([\p{{L}}\d'’\-\.]+[ \t]+){{0,3}}({Alternation(lexicon.StreetWords)})\b\.?",
            ignoreCase: true);
        streetLine = Pattern(
            $@"\b\d{{1,6}}[A-Za-z]?[ \t]+([\p{{L}}\d'’\-]+\.?[ \t]+){{0,4}}({Alternation(lexicon.StreetWords)})\b\.?([ \t\-]*\d{{1,4}}\b)?",
            ignoreCase: true);
        var relations = Alternation(lexicon.Relations);
        relationThenWord = Pattern($@"\b(?i:{relations})\b[ \t]*[,:]?[ \t]*\p{{Lu}}\p{{Ll}}", ignoreCase: false);
        wordThenRelation = Pattern(
            $@"\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*[ \t]*,[ \t]*(?i:my|our|mi|mis|nuestro|nuestra|his|her|their|su|sus|the|el|la)[ \t]+(?i:{relations})\b",
            ignoreCase: false);
        var family = Alternation(lexicon.FamilyWords);
        familyWord = Pattern($@"\b(?i:the|los|las)[ \t]+\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*[ \t]+({family})\b|\b([Ff]amilia|[Ff]amily)[ \t]+(de[ \t]+)?\p{{Lu}}\p{{Ll}}");
        personVerb = Pattern($@"\b\p{{Lu}}\p{{Ll}}+[ \t]+({Alternation(lexicon.PersonVerbs)})\b");
        lowerAfterRelation = Pattern(
            $@"\b(my|our|mi|mis|el|la|the|his|her|su)[ \t]+({relations}|compadre|comadre)[ \t]*,?[ \t]+\p{{Ll}}[\p{{Ll}}'’\-]+",
            ignoreCase: true);
    }

    /// <summary>What in <paramref name="text"/> might be personal data, in order of position, never overlapping.</summary>
    public IReadOnlyList<PersonalDataFlag> Flag(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var flags = new List<PersonalDataFlag>();
        FlagCuedIdentifiers(text, flags);
        FlagNumberShapes(text, flags);
        FlagSpelledAndLastDigits(text, flags);
        FlagLooseShapes(text, flags);
        FlagAddresses(text, flags);
        FlagNames(text, flags);
        return Merge(flags);
    }

    // ---------------------------------------------------------------- identifiers

    private void FlagCuedIdentifiers(string text, List<PersonalDataFlag> flags)
    {
        foreach (var cue in identifierCue.EnumerateMatches(text))
        {
            var government = governmentIdCue.IsMatch(text.AsSpan(cue.Index, cue.Length));
            var word = text.Substring(cue.Index, Math.Min(cue.Length, 20)).ToLowerInvariant();
            FlagTokenAfter(text, cue.Index + cue.Length, government ? PersonalDataFlagKind.GovernmentId : PersonalDataFlagKind.Identifier,
                $"number after '{word}'", flags);
        }

        foreach (var cue in governmentIdCue.EnumerateMatches(text))
        {
            var word = text.Substring(cue.Index, Math.Min(cue.Length, 20)).ToLowerInvariant();
            FlagTokenAfter(text, cue.Index + cue.Length, PersonalDataFlagKind.GovernmentId, $"number after '{word}'", flags);
        }
    }

    private void FlagTokenAfter(string text, int position, PersonalDataFlagKind kind, string reason, List<PersonalDataFlag> flags)
    {
        if (!NumberContext.TryReadCodeAfter(text, position, 30, out var start, out var end))
        {
            return;
        }

        var digits = CountDigits(text, start, end);
        var letters = Count(text, start, end, char.IsAsciiLetter);
        if (digits < 3 && !(digits >= 2 && letters >= 1 && end - start >= 4))
        {
            return;
        }

        if (numbers.IsPublic(text, start) || IsYear(text, start, end) || IsPartOfAmount(text, start, end) || IsCount(text, start, end)
            || IsZipCode(text, start, end) || (letters == 0 && LooksLikeDateOrPhone(text.AsSpan(start, end - start))))
        {
            return;
        }

        flags.Add(new(kind, start, end - start, reason));
    }

    private void FlagNumberShapes(string text, List<PersonalDataFlag> flags)
    {
        foreach (var m in NumberToken.EnumerateMatches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            var token = text.AsSpan(start, m.Length);
            var digits = CountDigits(text, start, end);
            var letters = Count(text, start, end, char.IsAsciiLetter);
            if (IsPartOfAmount(text, start, end) || IsCount(text, start, end) || numbers.IsPublic(text, start))
            {
                continue;
            }

            if (letters > 0)
            {
                // A1234567 (a driver licence), NM-2024-00123, INC0012345; not FY2025, COVID-19, H1N1 or I-25.
                // NM82123414 or H985307023: a public prefix glued to seven or more digits is no bill or road.
                var glued = letters <= 3 && digits >= 7 && char.IsAsciiLetter(token[0]) && char.IsAsciiDigit(token[letters]);
                if (digits >= 5 && (glued || !lexicon.PublicPrefixes.Contains(FirstLetterSegment(token))) && !IsOrdinalOrUnit(token))
                {
                    var government = letters <= 2 && digits is >= 6 and <= 9 && char.IsAsciiLetter(token[0]) && !token.Contains('-');
                    flags.Add(new(government ? PersonalDataFlagKind.GovernmentId : PersonalDataFlagKind.Identifier, start, m.Length,
                        government ? "letter and digits shaped like a licence or ID" : "code with letters and digits"));
                }

                continue;
            }

            var groups = token.Count('-') + token.Count('/') + 1;
            if (groups == 1 && digits >= 7)
            {
                flags.Add(new(digits == 9 ? PersonalDataFlagKind.GovernmentId : PersonalDataFlagKind.LongNumber, start, m.Length,
                    digits == 9 ? "nine-digit number" : "number of seven or more digits"));
            }
            else if (groups > 1 && digits >= 6 && !LooksLikeDateOrPhone(token))
            {
                flags.Add(new(PersonalDataFlagKind.Identifier, start, m.Length, "grouped number shaped like an identifier"));
            }
        }
    }

    private static void FlagSpelledAndLastDigits(string text, List<PersonalDataFlag> flags)
    {
        foreach (var m in LastDigits.EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            flags.Add(new(PersonalDataFlagKind.Identifier, end - 4, 4, "last four digits of a number"));
        }

        foreach (var m in SpelledDigits.EnumerateMatches(text))
        {
            // Seven digits or more in all, at least two of them spelled, or single spaced digits: a phone, an
            // SSN or an id written so that it is not one number.
            var (digits, spelled, singles) = CountSpelledDigits(text.AsSpan(m.Index, m.Length));
            if (digits >= 7 && (spelled >= 2 || singles >= 5))
            {
                flags.Add(new(PersonalDataFlagKind.LongNumber, m.Index, m.Length, "digits spelled or spaced out"));
            }
        }
    }

    private void FlagLooseShapes(string text, List<PersonalDataFlag> flags)
    {
        foreach (var m in SpacedGroups.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            var end = m.Index + m.Length;
            if (CountDigits(text, m.Index, end) < 7 || IsPartOfAmount(text, m.Index, end) || IsCount(text, m.Index, end)
                || LooksLikeDateOrPhone(token) || numbers.IsPublic(text, m.Index) || AllYearsOrZips(token))
            {
                continue;
            }

            flags.Add(new(PersonalDataFlagKind.LongNumber, m.Index, m.Length, "digit groups set apart by spaces"));
        }

        foreach (var m in BirthNumber.EnumerateMatches(text))
        {
            var start = m.Index + m.Length;
            while (start > m.Index && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-'))
            {
                start--;
            }

            var token = text.AsSpan(start, m.Index + m.Length - start);
            if (token.Length <= 2 || token.IndexOfAny('/', '.', '-') > 0)
            {
                flags.Add(new(PersonalDataFlagKind.Identifier, start, token.Length, "number after a birth word"));
            }
        }

        foreach (var m in ProviderHandle.EnumerateMatches(text))
        {
            flags.Add(new(PersonalDataFlagKind.Identifier, m.Index, m.Length, "email address written without its domain"));
        }

        foreach (var m in NumberBeforeTown.EnumerateMatches(text))
        {
            var comma = text.IndexOf(',', m.Index, m.Length);
            var townStart = SkipSpaces(text, comma + 1);
            TryReadWord(text, townStart, out var townEnd);
            if (lexicon.IsPlaceName(text.AsSpan(townStart, townEnd - townStart)) && !(m.Index > 0 && text[m.Index - 1] == '$')
                && !IsYear(text, m.Index, m.Index + 4) && !HasOrdinaryWord(text.AsSpan(m.Index, comma - m.Index)))
            {
                flags.Add(new(PersonalDataFlagKind.Address, m.Index, comma - m.Index, "house number before a name and a town"));
            }
        }
    }

    // 2019 2020 2021, 87105 87121: lists of years or ZIP codes.
    private static bool AllYearsOrZips(ReadOnlySpan<char> token)
    {
        foreach (var range in token.SplitAny(" \t-."))
        {
            var part = token[range];
            if (!part.IsEmpty && part.Length is not (4 or 5))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOrdinalOrUnit(ReadOnlySpan<char> token) =>
        token.EndsWith("st", StringComparison.OrdinalIgnoreCase) || token.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || token.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || token.EndsWith("th", StringComparison.OrdinalIgnoreCase)
        || token.EndsWith("k", StringComparison.OrdinalIgnoreCase) || token.EndsWith("m", StringComparison.OrdinalIgnoreCase)
        || token.EndsWith("s", StringComparison.Ordinal);

    private static bool LooksLikeDateOrPhone(ReadOnlySpan<char> token)
    {
        Span<Range> parts = stackalloc Range[6];
        var separator = token.Contains('/') ? '/' : token.Contains('.') ? '.' : '-';
        var count = token.Split(parts, separator);
        Span<int> lengths = stackalloc int[6];
        for (var i = 0; i < count && i < 6; i++)
        {
            lengths[i] = token[parts[i]].Length;
        }

        return count switch
        {
            // 12-03-1990, 1964-10-02, 505-555-0142
            3 => (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] is 2 or 4) || (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
                 || (lengths[0] == 3 && lengths[1] == 3 && lengths[2] == 4),
            // 1-800-555-0100
            4 => lengths[0] == 1 && lengths[1] == 3 && lengths[2] == 3 && lengths[3] == 4,
            // 87109-1234 (ZIP+4), 555-0142, 2024-2025
            2 => (lengths[0] == 5 && lengths[1] == 4) || (lengths[0] == 3 && lengths[1] == 4) || (lengths[0] == 4 && lengths[1] is 2 or 4),
            _ => false,
        };
    }

    private static bool IsYear(string text, int start, int end) =>
        end - start == 4 && CountDigits(text, start, end) == 4 && text[start] is '1' or '2' && text[start + 1] is '9' or '0';

    // 3,400 families; 12.5 million.
    private static bool IsCount(string text, int start, int end) =>
        (end < text.Length - 1 && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]))
        || (start > 1 && text[start - 1] is ',' or '.' && char.IsAsciiDigit(text[start - 2]));

    // ---------------------------------------------------------------- addresses

    private void FlagAddresses(string text, List<PersonalDataFlag> flags)
    {
        foreach (var m in streetLine.EnumerateMatches(text))
        {
            if ((m.Index > 0 && text[m.Index - 1] is '$' or ',' or '.') || HasOrdinaryWord(text.AsSpan(m.Index, m.Length)) || IsYearInProse(text, m.Index))
            {
                continue;
            }

            flags.Add(new(PersonalDataFlagKind.Address, m.Index, m.Length, "house number before a street word"));
        }

        foreach (var m in homeStreet.EnumerateMatches(text))
        {
            // The flag covers the street, not "live on": skip the verb, the preposition and an article.
            var start = m.Index;
            for (var words = 0; words < 2; words++)
            {
                TryReadWord(text, start, out var wordEnd);
                start = SkipSpaces(text, wordEnd);
            }

            if (TryReadWord(text, start, out var articleEnd) && text.AsSpan(start, articleEnd - start) is "the" or "la" or "el")
            {
                start = SkipSpaces(text, articleEnd);
            }

            var end = m.Index + m.Length;
            if (start < end && !HasOrdinaryWord(text.AsSpan(start, end - start), skipFirst: false))
            {
                flags.Add(new(PersonalDataFlagKind.Address, start, end - start, "the street someone lives on"));
            }
        }

        foreach (var m in SpanishStreetLine.EnumerateMatches(text))
        {
            flags.Add(new(PersonalDataFlagKind.Address, m.Index, m.Length, "street word before a number"));
        }

        foreach (var m in BoxOrRoute.EnumerateMatches(text))
        {
            // "the 2024 version lists box 4 as $975": a numbered box of a form, not a post box.
            if (IsFormBox(text, m.Index, m.Index + m.Length))
            {
                continue;
            }

            flags.Add(new(PersonalDataFlagKind.Address, m.Index, m.Length, "PO box or rural route"));
        }

        foreach (var m in UnitNumber.EnumerateMatches(text))
        {
            flags.Add(new(PersonalDataFlagKind.Address, m.Index, m.Length, "apartment, unit or lot number"));
        }

        foreach (var m in RoadNumber.EnumerateMatches(text))
        {
            var after = m.Index + m.Length;
            if (after < text.Length && (text[after] is '-' or '/' || char.IsLetterOrDigit(text[after])))
            {
                continue;
            }

            // "County Road 12 is unpaved" is a public road; "we live off CR 4990" is a home.
            var from = SentenceStart(text, m.Index, 40);
            var to = Math.Min(text.Length, m.Index + m.Length + 20);
            if (HomeWord.IsMatch(text.AsSpan(from, m.Index - from)) || HomeWord.IsMatch(text.AsSpan(m.Index + m.Length, to - m.Index - m.Length)))
            {
                flags.Add(new(PersonalDataFlagKind.Address, m.Index, m.Length, "road number near a home word"));
            }
        }
    }

    // "4th St needs a signal", "Lomas Blvd and Broadway need": a street word, a word after an ordinal, or the
    // second street of an intersection.
    private bool IsStreetName(string text, int start)
    {
        TryReadWord(text, start, out var end);
        var word = text.AsSpan(start, end - start);
        if (lexicon.StreetWords.Contains(word.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var before = SkipBack(text, start, static c => c is ' ' or '\t');
        var wordStart = SkipBack(text, before, char.IsLetterOrDigit);
        var previous = text.AsSpan(wordStart, before - wordStart);
        if (previous.Length > 2 && char.IsAsciiDigit(previous[0]) && previous[^2..].ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th")
        {
            return true;
        }

        if (previous is "and" or "y" or "&")
        {
            var streetEnd = SkipBack(text, wordStart, static c => c is ' ' or '\t' or '.');
            var streetStart = SkipBack(text, streetEnd, char.IsLetter);
            return streetStart < streetEnd && lexicon.StreetWords.Contains(text.Substring(streetStart, streetEnd - streetStart), StringComparer.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool IsFormBox(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).StartsWith("box", StringComparison.OrdinalIgnoreCase) || CountDigits(text, start, end) > 2)
        {
            return false;
        }

        var from = SentenceStart(text, start, 80);
        var to = Math.Min(text.Length, end + 30);
        return FormWord.IsMatch(text.AsSpan(from, to - from)) && !HomeWord.IsMatch(text.AsSpan(from, start - from));
    }

    private bool HasOrdinaryWord(ReadOnlySpan<char> match, bool skipFirst = true)
    {
        var index = 0;
        foreach (var range in match.SplitAny(" \t"))
        {
            var word = match[range].TrimEnd('.');
            if ((skipFirst && index++ == 0) || word.IsEmpty)
            {
                continue;
            }

            if (lexicon.IsFunctionWord(word) || NotStreetNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearInProse(string text, int start)
    {
        if (!(start + 4 <= text.Length && IsYear(text, start, start + 4)))
        {
            return false;
        }

        var before = SkipBack(text, start, static c => c is ' ');
        var wordStart = SkipBack(text, before, char.IsLetter);
        var word = text.AsSpan(wordStart, before - wordStart);
        return word is "in" or "In" or "since" or "Since" or "by" or "By" or "en" or "En" or "desde" or "Desde" or "until" or "hasta" or "from" or "of" or "de";
    }

    // ---------------------------------------------------------------- names

    private void FlagNames(string text, List<PersonalDataFlag> flags)
    {
        foreach (var m in relationThenWord.EnumerateMatches(text))
        {
            var i = m.Index + m.Length - 2;
            if (TryReadWord(text, i, out var end) && IsPersonLike(text, i, end))
            {
                flags.Add(new(PersonalDataFlagKind.Name, i, end - i, "capitalised word after a relation or role"));
            }
        }

        foreach (var m in wordThenRelation.EnumerateMatches(text))
        {
            if (TryReadWord(text, m.Index, out var end) && IsPersonLike(text, m.Index, end) && (m.Index == 0 || !char.IsLetter(text[m.Index - 1])))
            {
                flags.Add(new(PersonalDataFlagKind.Name, m.Index, end - m.Index, "capitalised word before a relation or role"));
            }
        }

        foreach (var m in familyWord.EnumerateMatches(text))
        {
            var match = text.AsSpan(m.Index, m.Length);
            var i = match.StartsWith("famil", StringComparison.OrdinalIgnoreCase)
                ? m.Index + m.Length - 2
                : SkipSpaces(text, m.Index + match.IndexOfAny(' ', '\t'));
            if (TryReadWord(text, i, out var end) && IsPersonLike(text, i, end, wholePlacesOnly: true))
            {
                flags.Add(new(PersonalDataFlagKind.Name, i, end - i, "capitalised word beside a family word"));
            }
        }

        foreach (var m in personVerb.EnumerateMatches(text))
        {
            // "Zulema Sandoval needs a ramp": a surname that is also a place, after a first name opening the sentence.
            if (TryReadWord(text, m.Index, out var surnameEnd) && lexicon.IsPlaceWord(text.AsSpan(m.Index, surnameEnd - m.Index))
                && m.Index > 1 && text[m.Index - 1] == ' ')
            {
                var firstStart = SkipBack(text, m.Index - 1, char.IsLetter);
                if (firstStart < m.Index - 1 && IsSentenceStart(text, firstStart) && IsPersonLike(text, firstStart, m.Index - 1)
                    && !lexicon.IsPlacePhrase(text.AsSpan(firstStart, surnameEnd - firstStart)))
                {
                    flags.Add(new(PersonalDataFlagKind.Name, firstStart, surnameEnd - firstStart, "capitalised pair before a verb such as 'needs'"));
                    continue;
                }
            }

            if (IsStreetName(text, m.Index))
            {
                continue;
            }

            if (TryReadWord(text, m.Index, out var end) && IsPersonLike(text, m.Index, end) && !LooksLikeCommonNoun(text.AsSpan(m.Index, end - m.Index))
                && !(IsNeedsVerb(text, end) && !lexicon.IsGivenName(text.AsSpan(m.Index, end - m.Index))))
            {
                flags.Add(new(PersonalDataFlagKind.Name, m.Index, end - m.Index, "capitalised word before a verb such as 'needs'"));
            }
        }

        foreach (var m in AddressedPerson.EnumerateMatches(text))
        {
            var i = m.Index + m.Length - 2;
            if (TryReadWord(text, i, out var end) && IsPersonLike(text, i, end))
            {
                flags.Add(new(PersonalDataFlagKind.Name, i, end - i, "capitalised word after 'ask', 'thanks to' or 'le dije a'"));
            }
        }

        foreach (var m in lowerAfterRelation.EnumerateMatches(text))
        {
            var i = SkipBack(text, m.Index + m.Length, static c => char.IsLetter(c) || c is '\'' or '’' or '-');
            var end = m.Index + m.Length;
            var word = text.AsSpan(i, end - i);
            var next = SkipSpaces(text, end);
            var followedByVerb = TryReadWord(text, next, out var nextEnd) && LowerNameFollower(text.AsSpan(next, nextEnd - next));
            if (!lexicon.IsStopWord(word) && !lexicon.IsFunctionWord(word) && (lexicon.IsGivenName(word) || followedByVerb))
            {
                flags.Add(new(PersonalDataFlagKind.Name, i, end - i, "lower-case name after a relation or role"));
            }
        }

        FlagGivenNames(text, flags);
        FlagCapitalisedPairs(text, flags);

        // "Zulema's benefits were cut": a person's possessive, unless a place, an institution or a title.
        foreach (var m in Possessive.EnumerateMatches(text))
        {
            var end = m.Index + m.Length - 2;
            if (IsPersonLike(text, m.Index, end) && !AfterPublicTitle(text, m.Index) && !AfterCapitalisedWord(text, m.Index))
            {
                flags.Add(new(PersonalDataFlagKind.Name, m.Index, end - m.Index, "capitalised word with a possessive"));
            }
        }
    }

    // "the nurse Josie Tsosie came by": two capitalised words inside a sentence that are neither places,
    // institutions nor the words that start or title things are read as a full name.
    private void FlagCapitalisedPairs(string text, List<PersonalDataFlag> flags)
    {
        // A title written in Title Case ("Broadband Now for Rural Families") is all pairs; names in it are still
        // found by the given-name, verb and possessive rules.
        if (IsTitleCase(text))
        {
            return;
        }

        var resumeAt = 0;
        foreach (var (i, end) in CapitalisedWords(text))
        {
            // The second word of a flagged pair does not start another pair.
            if (i < resumeAt) continue;
            var second = end + 1;
            if (end < text.Length && text[end] == ' ' && second < text.Length && char.IsUpper(text[second])
                && TryReadWord(text, second, out var secondEnd) && secondEnd > second
                && !IsSentenceStart(text, i) && !AfterCapitalisedWord(text, i) && IsPersonLike(text, i, end) && IsPersonLike(text, second, secondEnd)
                && !lexicon.IsPlacePhrase(text.AsSpan(i, secondEnd - i)) && !AfterPublicTitle(text, i)
                && !(secondEnd < text.Length && char.IsUpper(SkipSpacesChar(text, secondEnd))))
            {
                flags.Add(new(PersonalDataFlagKind.Name, i, secondEnd - i, "two capitalised words like a full name"));
                resumeAt = secondEnd;
            }
        }
    }

    private static bool LowerNameFollower(ReadOnlySpan<char> word) =>
        word is "says" or "said" or "told" or "asked" or "wants" or "needs" or "is" or "was" or "has" or "and" or "from" or "at"
            or "dice" or "dijo" or "va" or "fue" or "es" or "está" or "esta" or "tiene" or "quiere" or "y" or "de" or "del";

    private static bool IsTitleCase(string text)
    {
        if (text.Length > 160)
        {
            return false;
        }

        int words = 0, capitalised = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            TryReadWord(text, i, out var end);
            end = Math.Max(end, i + 1);
            if (end - i >= 4)
            {
                words++;
                capitalised += char.IsUpper(text[i]) ? 1 : 0;
            }

            i = end;
        }

        return words >= 3 && capitalised * 10 >= words * 6;
    }

    // "Michelle Lujan Grisham": only the start of a run of capitalised words is read as a pair.
    private static bool AfterCapitalisedWord(string text, int start)
    {
        var before = SkipBack(text, start, static c => c is ' ');
        var wordStart = SkipBack(text, before, char.IsLetter);
        return before == start - 1 && wordStart < before && char.IsUpper(text[wordStart]);
    }

    private static char SkipSpacesChar(string text, int i)
    {
        var j = SkipSpaces(text, i);
        return j < text.Length && j == i + 1 ? text[j] : ' ';
    }

    // "Water needs testing": after "needs" only a known given name, or "needs help", is taken for a person.
    private static bool IsNeedsVerb(string text, int end)
    {
        var next = SkipSpaces(text, end);
        if (!TryReadWord(text, next, out var nextEnd) || text.AsSpan(next, nextEnd - next) is not ("needs" or "need" or "necesita"))
        {
            return false;
        }

        var after = SkipSpaces(text, nextEnd);
        return !(TryReadWord(text, after, out var afterEnd) && text.AsSpan(after, afterEnd - after) is "help" or "ayuda" or "a" or "una" or "un");
    }

    private void FlagGivenNames(string text, List<PersonalDataFlag> flags)
    {
        foreach (var (i, end) in CapitalisedWords(text))
        {
            var word = text.AsSpan(i, end - i);
            if (lexicon.IsGivenName(word) && !lexicon.IsPlaceName(word) && IsPersonLike(text, i, end) && !AfterPublicTitle(text, i))
            {
                flags.Add(new(PersonalDataFlagKind.Name, i, end - i, "a common given name"));
            }
        }
    }

    /// <summary>Each word that starts with a capital letter at a word boundary, as (start, end), left to right.</summary>
    private static IEnumerable<(int Start, int End)> CapitalisedWords(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            TryReadWord(text, i, out var end);
            if (end <= i)
            {
                i++;
                continue;
            }

            yield return (i, end);
            i = end;
        }
    }

    private bool AfterPublicTitle(string text, int start)
    {
        var before = SkipBack(text, start, static c => c is ' ' or '\t');
        var wordStart = SkipBack(text, before, static c => char.IsLetter(c));
        return before > wordStart && lexicon.IsPublicTitle(text.AsSpan(wordStart, before - wordStart));
    }

    private bool IsPersonLike(string text, int start, int end, bool wholePlacesOnly = false)
    {
        var word = text.AsSpan(start, end - start);
        if (!IsCapitalised(word) || lexicon.IsStopWord(word) || lexicon.IsOrganisationWord(word) || lexicon.IsPlaceName(word)
            || (wholePlacesOnly ? lexicon.IsPlaceName(word) : lexicon.IsPlaceWord(word))
            || Detectors.NameDetector.IsAfterPlacePrefix(text, start))
        {
            return false;
        }

        // "parque Kit Carson", "biblioteca Tony Hillerman": a place or institution named after a person.
        var before = SkipBack(text, start, static c => c is ' ' or '\t');
        var previousStart = SkipBack(text, before, char.IsLetter);
        if (before == start - 1 && previousStart < before && lexicon.IsOrganisationWord(text.AsSpan(previousStart, before - previousStart)))
        {
            return false;
        }

        // "Maria Clinic", "Jose Street", "Manuel Lujan Jr. Complex", "Martin Luther King Jr. Avenue": an
        // organisation word among the next capitalised words makes it an institution or a place.
        var next = SkipSpaces(text, end);
        for (var words = 0; words < 4 && TryReadWord(text, next, out var nextEnd); words++)
        {
            var following = text.AsSpan(next, nextEnd - next);
            if (lexicon.IsOrganisationWord(following) || following is "County" or "Condado")
            {
                return false;
            }

            if (!char.IsUpper(following[0]))
            {
                break;
            }

            next = SkipSpaces(text, nextEnd < text.Length && text[nextEnd] == '.' ? nextEnd + 1 : nextEnd);
        }

        return true;
    }

    // ---------------------------------------------------------------- helpers

    private static int Count(string text, int start, int end, Func<char, bool> predicate)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (predicate(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static List<PersonalDataFlag> Merge(List<PersonalDataFlag> flags)
    {
        var ordered = flags.OrderBy(f => f.Start).ThenByDescending(f => f.Length).ToList();
        var merged = new List<PersonalDataFlag>();
        foreach (var flag in ordered)
        {
            if (merged.Count > 0 && flag.Start < merged[^1].End)
            {
                var last = merged[^1];
                if (flag.End > last.End)
                {
                    merged[^1] = last with { Length = flag.End - last.Start };
                }

                continue;
            }

            merged.Add(flag);
        }

        return merged;
    }
}
