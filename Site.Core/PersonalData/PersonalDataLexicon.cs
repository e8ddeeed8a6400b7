using System.Reflection;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// The word lists the masker and its safety net read: stop words, organisation words, relations, cue words and
/// given names (embedded in Site.Core from <c>PersonalData/Lexicon/*.txt</c>) and place names (read from the content
/// folder's <c>data/counties.csv</c> and <c>data/towns.csv</c>), so another state changes data, not code.
/// </summary>
/// <remarks>Immutable and thread-safe once built; build it once at start.</remarks>
public sealed class PersonalDataLexicon
{
    /// <summary>Counties, relative to the content folder (column <c>county</c>).</summary>
    public const string CountiesFile = "data/counties.csv";

    /// <summary>Cities, towns, pueblos and chapters, relative to the content folder (column <c>name</c>).</summary>
    public const string TownsFile = "data/towns.csv";

    private PersonalDataLexicon(Func<string, IEnumerable<string>> list, IEnumerable<string> placeNames)
    {
        StopWords = Set(list("stop-words"));
        OrganisationWords = Set(list("organisation-words"));
        FunctionWords = Set(list("function-words"));
        NameFollowers = Set(list("name-followers"));
        PublicPrefixes = Set(list("public-prefixes"));
        GivenNames = Set(list("given-names"));
        CommonWords = Set(list("common-words"));
        RelationWords = Set(list("relation-words").Where(r => !r.Contains(' ')));
        Relations = list("relation-words").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        IdentifierCues = list("identifier-cues").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        GovernmentIdCues = list("government-id-cues").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        PublicNumberCues = list("public-number-cues").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        FamilyWords = list("family-words").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        PublicTitles = Set(list("public-titles"));
        PersonVerbs = list("person-verbs").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        StreetWords = list("street-words").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        StreetWordSet = Set(StreetWords.Where(w => !w.Contains(' ')).Select(w => w.TrimEnd('.')));

        // A place name counts word by word ("Truth or Consequences" makes "Truth" and "Consequences" places),
        // but not its small words, which would otherwise reject names such as "Rosa de la Cruz".
        var places = new HashSet<string>(list("place-words"), StringComparer.OrdinalIgnoreCase);
        foreach (var name in placeNames)
        {
            foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (word.Length >= 2 && !FunctionWords.Contains(word) && !OrganisationWords.Contains(word))
                {
                    places.Add(word);
                }
            }
        }

        // A given name stays a name even where a place borrows it (San Juan, Doña Ana, Guadalupe County);
        // the known multi-word places still catch "Doña Ana" and "San Juan" as places.
        places.ExceptWith(GivenNames);
        PlaceWords = places;
        PlaceNames = Set(placeNames.Select(p => p.EndsWith(" County", StringComparison.Ordinal) ? p[..^" County".Length] : p));
        PlacePhrases = Set(placeNames.Select(p => p.EndsWith(" County", StringComparison.Ordinal) ? p[..^" County".Length] : p)
            .Concat(list("place-words")).Where(p => p.Contains(' ')));
    }

    /// <summary>Every place name in the CSV files, whole ("Anthony", "Doña Ana"), without " County".</summary>
    public IReadOnlySet<string> PlaceNames { get; }

    /// <summary>Place names of more than one word ("Doña Ana", "Santa Fe", "Truth or Consequences").</summary>
    public IReadOnlySet<string> PlacePhrases { get; }

    public IReadOnlySet<string> StopWords { get; }
    public IReadOnlySet<string> OrganisationWords { get; }
    public IReadOnlySet<string> PlaceWords { get; }
    public IReadOnlySet<string> FunctionWords { get; }
    public IReadOnlySet<string> NameFollowers { get; }
    public IReadOnlySet<string> PublicPrefixes { get; }
    public IReadOnlySet<string> GivenNames { get; }

    /// <summary>Ordinary English words (from real resident statements), a hint that a capitalised word is no name.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>The one-word entries of <see cref="Relations"/> ("neighbor", "tía"), for the tagger.</summary>
    public IReadOnlySet<string> RelationWords { get; }

    /// <summary>The one-word entries of <see cref="StreetWords"/> without a final dot ("st", "calle"), for the tagger.</summary>
    public IReadOnlySet<string> StreetWordSet { get; }
    public IReadOnlySet<string> PublicTitles { get; }
    public IReadOnlyList<string> Relations { get; }
    public IReadOnlyList<string> IdentifierCues { get; }
    public IReadOnlyList<string> GovernmentIdCues { get; }
    public IReadOnlyList<string> PublicNumberCues { get; }
    public IReadOnlyList<string> FamilyWords { get; }
    public IReadOnlyList<string> PersonVerbs { get; }
    public IReadOnlyList<string> StreetWords { get; }

    /// <summary>
    /// The embedded word lists plus the place names in <paramref name="contentPath"/>'s <see cref="CountiesFile"/>
    /// and <see cref="TownsFile"/>; a missing place file only means fewer known places.
    /// </summary>
    public static PersonalDataLexicon Load(string contentPath)
    {
        var places = new List<string>();
        places.AddRange(Column(Path.Combine(contentPath, CountiesFile), "county"));
        places.AddRange(Column(Path.Combine(contentPath, TownsFile), "name"));
        return new PersonalDataLexicon(Embedded, places);
    }

    /// <summary>The embedded word lists with the given place names (for tests and tools without a content folder).</summary>
    public static PersonalDataLexicon FromPlaces(IEnumerable<string> placeNames) => new(Embedded, placeNames);

    internal bool IsStopWord(ReadOnlySpan<char> word) => Contains(StopWords, word);
    internal bool IsOrganisationWord(ReadOnlySpan<char> word) => Contains(OrganisationWords, word);
    internal bool IsPlaceWord(ReadOnlySpan<char> word) => Contains(PlaceWords, word);
    internal bool IsFunctionWord(ReadOnlySpan<char> word) => Contains(FunctionWords, word);
    internal bool IsNameFollower(ReadOnlySpan<char> word) => Contains(NameFollowers, word);
    internal bool IsGivenName(ReadOnlySpan<char> word) => Contains(GivenNames, word);
    internal bool IsCommonWord(ReadOnlySpan<char> word) => Contains(CommonWords, word);
    internal bool IsRelationWord(ReadOnlySpan<char> word) => Contains(RelationWords, word);
    internal bool IsStreetWord(ReadOnlySpan<char> word) => Contains(StreetWordSet, word);
    internal bool IsPlaceName(ReadOnlySpan<char> name) => Contains(PlaceNames, name);
    internal bool IsPlacePhrase(ReadOnlySpan<char> phrase) => Contains(PlacePhrases, phrase);
    internal bool IsPublicTitle(ReadOnlySpan<char> word) => Contains(PublicTitles, word);

    private static bool Contains(IReadOnlySet<string> set, ReadOnlySpan<char> word) =>
        ((HashSet<string>)set).GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Embedded(string name)
    {
        var resource = $"CommunityVoice.Core.PersonalData.Lexicon.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list {resource} is not embedded in Site.Core.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static IEnumerable<string> Column(string path, string column)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return [];
        }

        var index = Array.IndexOf(lines[0].Split(','), column);
        if (index < 0)
        {
            throw new InvalidDataException($"{path} has no column '{column}'.");
        }

        return lines.Skip(1).Select(l => l.Split(',')).Where(f => f.Length > index).Select(f => f[index].Trim()).Where(v => v.Length > 0).ToList();
    }
}
