using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>
/// Street lines (with their unit, before or after), numbered roads with a house number, PO boxes and rural
/// routes, in English and Spanish word orders.
/// </summary>
public sealed class AddressDetector : IPersonalDataDetector
{
    private const string Space = @"[ \t\u00A0]+";
    private const string Direction = @"(N|S|E|W|NE|NW|SE|SW|North|South|East|West)";
    private const string StreetWord = @"(\p{Lu}[\p{L}'’\-]*\.?|\d{1,3}(st|nd|rd|th))";

    // No abbreviation dot here: it would carry the street name over a full stop into the next sentence.
    private const string SpanishStreetWord = @"\p{Lu}[\p{L}'’\-]*";

    private const string Suffix =
        "(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|circle|cir|" +
        "trail|trl|parkway|pkwy|highway|hwy|terrace|ter|loop|path|plaza|square|sq|alley|run|row|crossing|ridge|" +
        "pike|route|rte)";

    private const string LowerSuffix =
        "(?i:street|st|avenue|ave|boulevard|blvd|drive|dr|lane|ln|court|ct|road|rd|hwy|highway|place|pl|circle|" +
        "cir|trail|loop|terrace|parkway|pkwy)";

    private const string UnitWord = "(?i:apartment|apto|apt|unit|suite|ste|space|spc|lot|trailer|departamento|depto|dpto)";

    private const string Unit =
        $@"(,?[ \t]*{UnitWord}\b\.?[ \t]*#?[ \t]*" +
        @"[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b|,?[ \t]*#[ \t]?[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b)?";

    private const string SpanishStreet =
        "((?i:calle|camino|avenida|av\\.|paseo|callejón|callejon|calzada|carretera)|" +
        "Placita|Plaza|Vía|Via|Vista|Entrada|Corte|Círculo|Circulo|Sendero|Cerrada|Privada)";

    private const string Particle = @"(de la|de las|de los|del|de|la|las|los|el|y)";

    // A road known by its number: State Road 14, County Road 12, CR 4990, NM 14, US Hwy 70.
    private const string NumberedRoad =
        @"((?i:state|county|frontage)[ \t]+(?i:road|rd|highway|hwy)|(?i:us|u\.s\.)[ \t]+(?i:highway|hwy|route)|" +
        @"(?i:private|forest|indian|navajo|bia)[ \t]+(?i:road|rd|route)|" +
        @"(?i:highway|hwy|route|rte|rt|carretera|road|rd)|CR|SR|NM|US|BIA)\.?[ \t\-]*\d{1,4}[A-Za-z]?\b";

    // 4501, 2108-B, 12A: a house number, with a letter for a half lot or a back house.
    private const string House = @"\d{1,6}(-?[A-Za-z])?";

    private static readonly Regex[] Patterns =
    [
        // 4501 Montgomery Blvd NE; 310 N Main St, Apt 4B
        Pattern($@"\b{House}{Space}({Direction}\.?{Space})?({StreetWord}{Space}){{1,4}}{Suffix}\b\.?({Space}\d{{1,5}}[A-Z]?\b)?({Space}(NE|NW|SE|SW|N|S|E|W)\b)?{Unit}"),
        // 1420 Calle del Sol; 845 Camino del Monte Sol
        Pattern($@"\b{House}{Space}{SpanishStreet}{Space}({Particle}{Space})?{SpanishStreetWord}({Space}({Particle}{Space})?{SpanishStreetWord}){{0,3}}{Unit}"),
        // 1420 calle del sol (typed in lower case)
        Pattern($@"\b{House}{Space}(?i:calle|camino|avenida|carretera|callejón|callejon|paseo){Space}({Particle}{Space}\p{{Ll}}[\p{{Ll}}'\-]+|\p{{Ll}}[\p{{Ll}}'\-]+({Space}\p{{Ll}}[\p{{Ll}}'\-]+)?){Unit}"),
        // Calle Ocho 123; Avenida Juárez #45
        Pattern($@"\b{SpanishStreet}{Space}({Particle}{Space})?{SpanishStreetWord}({Space}({Particle}{Space})?{SpanishStreetWord}){{0,3}}[ \t]*,?[ \t]*(#[ \t]?|No\.?[ \t]?|(?i:núm\.?|num\.?|número|numero)[ \t])?\d{{1,6}}\b{Unit}"),
        // 1234 State Road 14; 56 County Road 12; 7 CR 4990 Unit B
        Pattern($@"\b{House}{Space}({Direction}\.?{Space})?{NumberedRoad}({Space}(NE|NW|SE|SW|N|S|E|W)\b)?{Unit}"),
        // Calle 5 Sur #301, Avenida 16 de Septiembre núm. 45: a numbered street, then the house after a number sign.
        Pattern($@"\b{SpanishStreet}{Space}\d{{1,3}}({Space}(Sur|Norte|Oriente|Poniente|Este|Oeste|de{Space}\p{{Lu}}\p{{Ll}}+))?[ \t]*,?[ \t]*(#|No\.?|(?i:núm\.?|num\.?|número|numero))[ \t]?\d{{1,6}}\b{Unit}"),
        // County Road 55 #97; NM 68 #12B: the road first, the house after a number sign.
        Pattern($@"\b{NumberedRoad}[ \t]*,?[ \t]*#[ \t]?\d{{1,5}}[A-Za-z]?\b{Unit}"),
        // Hwy 491 mile marker 142 trailer 6: where rural homes have no house number.
        Pattern($@"\b{NumberedRoad}[ \t]*,?[ \t]*(?i:mile marker|milepost|mile post|mm|mp|km)[ \t]*\d{{1,4}}(\.\d)?,?[ \t]*{UnitWord}\b\.?[ \t]*#?[ \t]*[A-Za-z0-9][A-Za-z0-9\-]{{0,5}}\b"),
        // Lot 68, Cottonwood Mobile Home Park: the lot and the park name it is in, in any case.
        Pattern(@"\b(?i:lot|space|spc|trailer|unit|site|lote|espacio|sitio)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?[ \t]*,?[ \t]*([\p{L}'’\-]+[ \t]+){1,4}(?i:mobile home park|trailer park|mobile home community|mobile home estates|mobile home village|rv park|mhp)\b"),
        // PO Box 55; P.O. Box 233; Apartado Postal 12; PMB 12
        Pattern(@"\b((?i:p\.?[ \t]?o\.?|post office)[ \t]*(?i:box)|(?i:apartado)([ \t]+(?i:postal))?|(?i:casilla)|PMB)[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?\b"),
        // RR 2 Box 15; HC 65 Box 12; Star Route 1 Box 9
        Pattern(@"\b(?i:rr|rural route|rt|rte|route|hc|hcr|star route)[ \t]*\d{1,3},?[ \t]+(?i:box)[ \t]*\d{1,6}[A-Za-z]?\b"),
    ];

    // 56 juniper rd, 12107 w. el paseo rd se: lower case, so the words between must not be ordinary words ("5 miles
    // down the road"); a Spanish article opening a street name ("el paseo") is allowed.
    private static readonly Regex LowerCasePattern = Pattern(
        $@"\b\d{{1,6}}{Space}(([nsew]|north|south|east|west)\.?{Space})?((el|la|los|las|del){Space})?((\d{{1,3}}(st|nd|rd|th)|[\p{{Ll}}][\p{{Ll}}'\-]+){Space}){{1,2}}{LowerSuffix}\b\.?({Space}(ne|nw|se|sw)\b)?{Unit}");

    // calle estrella 98, camino de los pinos 58, avenida cervantes #96: the Spanish order typed in lower case,
    // taken only after a word that says it is a home ("domicilio:", "vivo en", "el dueño de").
    private static readonly Regex LowerSpanishStreetFirst = Pattern(
        $@"\b(?i:calle|camino|avenida|av\.|paseo|callejón|callejon|cerrada|privada|placita|sendero)[ \t]+({Particle}[ \t]+)?\p{{Ll}}[\p{{Ll}}'’\-]+([ \t]+({Particle}[ \t]+)?\p{{Ll}}[\p{{Ll}}'’\-]+){{0,2}}[ \t]*,?[ \t]*(#[ \t]?|(?i:no\.?|núm\.?|num\.?|número|numero)[ \t]?)?\d{{1,6}}\b{Unit}");

    private static readonly Regex HomeCue = Pattern(
        @"\b(domicilio|direcci[oó]n|vivo|vive|vivimos|viven|vivía|due[ñn]o|due[ñn]a|casa|address|live|lives|living|landlord|mail|send|" +
        @"manden|env[ií]en|mandar|enviar|at|en|de)\b|:",
        ignoreCase: true);

    private static readonly HashSet<string> NotStreetNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "miles", "mile", "blocks", "block", "minutes", "hours", "days", "years", "times", "people", "families",
        "kids", "houses", "homes", "cars", "trucks", "buses", "more", "less", "other", "different",
        "big", "small", "many", "few", "same", "dirt", "paved", "gravel", "every", "each", "dead",
        "one", "two", "three", "four", "five", "mas", "más", "the", "a", "an", "down", "up", "off",
    };

    // "We live on Rd 4950", "vivimos sobre la carretera 14": a rural home known only by its numbered road. "Off"
    // says near the road, not on it, so the safety net holds that text instead of masking the road.
    private static readonly Regex LiveOnRoad = Pattern(
        $@"\b(?i:live|lives|living|lived|vivo|vive|vivimos|viven)[ \t]+(?i:on|at|en|sobre)[ \t]+((?i:the|la|el)[ \t]+)?(?<road>{NumberedRoad})");

    // "Apt 4, 1200 Main St": the unit written before the street line.
    private static readonly Regex UnitBefore = Pattern(
        $@"(\b{UnitWord}\.?[ \t]*#?|#)[ \t]*([A-Za-z]?\d{{1,5}}[A-Za-z]?|[A-Z])\b[ \t]*[,\-–]?[ \t]*");

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        var before = found.Count;
        foreach (var pattern in Patterns)
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                Add(text, m.Index, m.Index + m.Length, found);
            }
        }

        foreach (var m in LowerCasePattern.EnumerateMatches(text))
        {
            if (!HasOrdinaryWord(text.AsSpan(m.Index, m.Length), context))
            {
                Add(text, m.Index, m.Index + m.Length, found);
            }
        }

        foreach (Match m in LiveOnRoad.Matches(text))
        {
            var road = m.Groups["road"];
            Add(text, road.Index, road.Index + road.Length, found);
        }

        foreach (var m in LowerSpanishStreetFirst.EnumerateMatches(text))
        {
            var cue = CueBefore(HomeCue, text, m.Index, 40);
            if (cue >= 0 && text.AsSpan(cue, m.Index - cue).Trim().Length <= 12 && !HasOrdinarySpanishWord(text.AsSpan(m.Index, m.Length)))
            {
                Add(text, m.Index, m.Index + m.Length, found);
            }
        }

        // One finding from the unit to the end of the street line, so the masked text reads "[address removed]".
        var streets = new Dictionary<int, int>();
        foreach (var street in found.Skip(before))
        {
            streets[street.Start] = Math.Max(street.End, streets.GetValueOrDefault(street.Start));
        }

        foreach (var m in UnitBefore.EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            if (end < text.Length && char.IsAsciiDigit(text[end]) && streets.TryGetValue(end, out var streetEnd))
            {
                found.Add(new(PersonalDataKind.Address, m.Index, streetEnd, CandidatePriority.Address));
            }
        }
    }

    private static void Add(string text, int start, int end, List<Candidate> found)
    {
        // A house number never follows a dollar sign ("$12 Main Street grant" is money).
        if (start > 0 && text[start - 1] == '$')
        {
            return;
        }

        while (end > start && text[end - 1] is ',' or ' ' or '\t')
        {
            end--;
        }

        found.Add(new(PersonalDataKind.Address, start, end, CandidatePriority.Address));
    }

    // "la calle tiene 3 baches": a verb or a count word between the street word and the number.
    private static bool HasOrdinarySpanishWord(ReadOnlySpan<char> match)
    {
        foreach (var range in match.SplitAny(" \t,"))
        {
            var word = match[range];
            if (word is "tiene" or "tienen" or "está" or "esta" or "es" or "son" or "hay" or "por" or "con" or "para" or "a" or "cada"
                or "unos" or "unas" or "más" or "mas" or "años" or "millas" or "cuadras" or "veces" or "horas" or "minutos")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOrdinaryWord(ReadOnlySpan<char> match, DetectionContext context)
    {
        var first = true;
        foreach (var range in match.SplitAny(" \t\u00A0"))
        {
            var word = match[range].TrimEnd('.');
            if (first)
            {
                first = false;
                continue;
            }

            if (word.IsEmpty)
            {
                continue;
            }

            if (word is "el" or "la" or "los" or "las" or "del")
            {
                continue;
            }

            if (context.Lexicon.IsFunctionWord(word) || NotStreetNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
