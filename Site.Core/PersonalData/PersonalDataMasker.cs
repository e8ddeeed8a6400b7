using System.Text;
using CommunityVoice.Core.PersonalData.Detectors;
using CommunityVoice.Core.PersonalData.Tagging;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// Finds personal data in residents' free text (English or Spanish) and replaces it with plain tokens, so the
/// text can be published: emails, phone numbers, street addresses, dates of birth, social security numbers,
/// case-like identifiers, and personal names where the wording makes them detectable. Each kind is one
/// <see cref="IPersonalDataDetector"/>; the masker merges what they find and replaces it. A learned
/// <see cref="PersonalDataTagger"/>, when given, adds what it is sure of and flags what it suspects. Behind the
/// masking, <see cref="PersonalDataScreen"/> flags what might still be personal data, so the caller can hold the
/// text for a person (<see cref="MaskResult.NeedsReview"/>).
/// </summary>
/// <remarks>
/// Deterministic and thread-safe. The patterns run on the non-backtracking regex engine and every look-around is
/// bounded, so time grows linearly with the text; <see cref="Mask"/> does not throw, whatever the input. The
/// word lists and place names come from <see cref="PersonalDataLexicon"/>; the current year (the latest possible
/// birth year) from the injected clock. Rules, limits and measured scores: BENCHMARKS.md ("Personal-data masker").
/// </remarks>
public sealed class PersonalDataMasker
{
    private readonly TimeProvider clock;
    private readonly IReadOnlyList<IPersonalDataDetector> detectors;

    /// <summary>
    /// The masker with the standard detectors, in the order they must run (names look at what came before), and
    /// the learned <paramref name="tagger"/> behind them when one is given.
    /// </summary>
    public PersonalDataMasker(PersonalDataLexicon lexicon, TimeProvider clock, PersonalDataTagger? tagger = null, TaggerThresholds? thresholds = null)
        : this(lexicon, clock,
        [
            new EmailDetector(), new PhoneDetector(), new SocialSecurityNumberDetector(), new DateOfBirthDetector(),
            new AddressDetector(), new CaseNumberDetector(lexicon), new NameDetector(lexicon),
        ], tagger, thresholds)
    {
    }

    /// <summary>A masker with other detectors (a new kind, another country's formats).</summary>
    public PersonalDataMasker(
        PersonalDataLexicon lexicon, TimeProvider clock, IReadOnlyList<IPersonalDataDetector> detectors,
        PersonalDataTagger? tagger = null, TaggerThresholds? thresholds = null)
    {
        Lexicon = lexicon;
        this.clock = clock;
        this.detectors = detectors;
        Tagger = tagger;
        Thresholds = thresholds ?? TaggerThresholds.Default;
        Screen = new PersonalDataScreen(lexicon);
    }

    /// <summary>The word lists and place names the detectors read.</summary>
    public PersonalDataLexicon Lexicon { get; }

    /// <summary>The safety net used by <see cref="Mask"/>; also usable on its own.</summary>
    public PersonalDataScreen Screen { get; }

    /// <summary>The learned tagger behind the rules, if any.</summary>
    public PersonalDataTagger? Tagger { get; }

    /// <summary>When the tagger masks a token and when it holds the text.</summary>
    public TaggerThresholds Thresholds { get; }

    /// <summary>
    /// Finds personal data in <paramref name="text"/> and returns the masked text with the findings, plus the
    /// safety net's flags for what was not masked.
    /// </summary>
    public MaskResult Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new MaskResult(text ?? string.Empty, [], []);
        }

        var (findings, flags) = Analyse(text);
        return new MaskResult(Replace(text, findings), findings, flags);
    }

    /// <summary>Only the masking: the findings, merged and in order, without the safety net's flags.</summary>
    public List<PersonalDataFinding> Find(string text) =>
        string.IsNullOrEmpty(text) ? [] : Analyse(text).Findings;

    /// <summary>
    /// What the rule detectors alone mask, without the tagger's guesses: the check on a text a person has just
    /// read and decided to publish, where a guess is no reason to refuse them.
    /// </summary>
    public List<PersonalDataFinding> FindByRules(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var candidates = new List<Candidate>();
        RuleCandidates(text, clock.GetUtcNow().Year, candidates);
        return Merge(candidates);
    }

    private void RuleCandidates(string text, int year, List<Candidate> found)
    {
        var context = new DetectionContext(Lexicon, year);
        foreach (var detector in detectors)
        {
            detector.Find(text, context, found);
        }
    }

    // The rules' candidates and the safety net's flags, then the tagger's: tokens it is sure of are masked too, and
    // tokens it thinks might be personal data are flagged. A flag inside a finding is dropped.
    private (List<PersonalDataFinding> Findings, List<PersonalDataFlag> Flags) Analyse(string text)
    {
        var year = clock.GetUtcNow().Year;
        var candidates = new List<Candidate>();
        RuleCandidates(text, year, candidates);
        var screenFlags = Screen.Flag(text);
        var allFlags = new List<PersonalDataFlag>(screenFlags);
        if (Tagger is not null)
        {
            var learnedFlags = new List<PersonalDataFlag>();
            LearnedCandidates(Tagger, text, year, candidates, learnedFlags);
            // Both flag lists are in text order; keep the tagger's flags that overlap no flag of the safety net.
            var screen = 0;
            foreach (var flag in learnedFlags)
            {
                while (screen < screenFlags.Count && screenFlags[screen].End <= flag.Start) screen++;
                if (screen == screenFlags.Count || screenFlags[screen].Start >= flag.End)
                {
                    allFlags.Add(flag);
                }
            }

            allFlags.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var findings = Merge(candidates);
        // Both lists are ordered and findings never overlap, so one pass drops the flags inside a finding.
        var flags = new List<PersonalDataFlag>();
        var next = 0;
        foreach (var flag in allFlags)
        {
            while (next < findings.Count && findings[next].End <= flag.Start)
            {
                next++;
            }

            if (!(next < findings.Count && findings[next].Start <= flag.Start && flag.End <= findings[next].End))
            {
                flags.Add(flag);
            }
        }

        return (findings, flags);
    }

    private void LearnedCandidates(PersonalDataTagger tagger, string text, int year, List<Candidate> candidates, List<PersonalDataFlag> flags)
    {
        var tokens = TaggerFeatures.Tokenize(text);
        var scores = tagger.Score(text, tokens, Lexicon);
        for (var t = 0; t < tokens.Count; t++)
        {
            var score = scores[t];
            if (!char.IsLetterOrDigit(text[tokens[t].Start]))
            {
                continue; // a lone "-" or "#" is never a finding or a flag on its own
            }

            if (score.Kind is { } kind && score.KindProbability >= Thresholds.Mask)
            {
                // Join a run of one kind ("(505)", "555-0142"), ending on a letter or digit, into one candidate.
                var end = t;
                for (var u = t + 1; u < tokens.Count && tokens[u].Start - tokens[u - 1].End <= 2; u++)
                {
                    if (scores[u].Kind != kind || scores[u].KindProbability < Thresholds.Mask)
                    {
                        break;
                    }

                    if (char.IsLetterOrDigit(text[tokens[u].Start]))
                    {
                        end = u;
                    }
                }

                // Mask whole words only: a token cut at a combining mark or an apostrophe grows to the word around it.
                var start = tokens[t].Start;
                var stop = tokens[end].End;
                while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
                while (stop < text.Length && char.IsLetterOrDigit(text[stop])) stop++;
                if (Plausible(kind, text.AsSpan(start, stop - start), year))
                {
                    candidates.Add(new Candidate(kind, start, stop, CandidatePriority.Learned));
                }

                t = end;
            }
            else if (score.PersonalProbability >= Thresholds.Hold)
            {
                flags.Add(new PersonalDataFlag(FlagKindFor(score.MostLikelyPersonalKind), tokens[t].Start, tokens[t].Length,
                    $"looks like {Describe(score.MostLikelyPersonalKind)} to the learned tagger"));
            }
        }
    }

    // Whether a span the tagger is sure of has the shape its kind needs; if not, the rules' view stands: an email
    // needs "@" or "at"/"dot", a phone seven digits and no toll-free prefix, an SSN nine digits, and a date of birth
    // no year from this one on (a meeting date, not a birth).
    private static bool Plausible(PersonalDataKind kind, ReadOnlySpan<char> value, int currentYear)
    {
        var digits = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        switch (kind)
        {
            case PersonalDataKind.Email:
                return value.Contains('@') || ContainsWord(value, "at") || ContainsWord(value, "arroba") || ContainsWord(value, "dot");
            case PersonalDataKind.Phone:
                return digits >= 7 && !PhoneDetector.IsTollFree(value);
            case PersonalDataKind.SocialSecurityNumber:
                return digits >= 9;
            case PersonalDataKind.DateOfBirth:
                for (var i = 0; i + 4 <= value.Length; i++)
                {
                    if ((i == 0 || !char.IsAsciiDigit(value[i - 1])) && (i + 4 == value.Length || !char.IsAsciiDigit(value[i + 4]))
                        && int.TryParse(value.Slice(i, 4), out var year) && year >= currentYear && year < currentYear + 100)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool ContainsWord(ReadOnlySpan<char> value, string word)
    {
        foreach (var range in value.SplitAny(" \t\n.,;:()[]<>"))
        {
            if (value[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static PersonalDataFlagKind FlagKindFor(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => PersonalDataFlagKind.Name,
        PersonalDataKind.Address => PersonalDataFlagKind.Address,
        PersonalDataKind.SocialSecurityNumber => PersonalDataFlagKind.GovernmentId,
        PersonalDataKind.CaseNumber => PersonalDataFlagKind.Identifier,
        _ => PersonalDataFlagKind.Contact,
    };

    private static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => "an email",
        PersonalDataKind.Phone => "a phone number",
        PersonalDataKind.Address => "an address",
        PersonalDataKind.DateOfBirth => "a date of birth",
        PersonalDataKind.SocialSecurityNumber => "a social security number",
        PersonalDataKind.CaseNumber => "an identifier",
        _ => "a name",
    };

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

    // When two findings overlap, the span is the union and the kind is the one found with the strongest evidence.
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
