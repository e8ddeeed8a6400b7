using System.Text;
using CommunityVoice.Core.PersonalData.Detectors;

namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// Finds personal data in residents' free text (English or Spanish) and replaces it with plain tokens, so the
/// text can be published: emails, phone numbers, street addresses, dates of birth, social security numbers,
/// case-like identifiers, and personal names where the wording makes them detectable. Each kind is one
/// <see cref="IPersonalDataDetector"/>; the masker merges what they find and replaces it. Behind the masking,
/// <see cref="PersonalDataScreen"/> flags what might still be personal data, so the caller can hold the text
/// for a person (<see cref="MaskResult.NeedsReview"/>).
/// </summary>
/// <remarks>
/// Deterministic and thread-safe. The patterns run on the non-backtracking regex engine and every look-around is
/// bounded, so time grows linearly with the text; <see cref="Mask"/> does not throw, whatever the input. The
/// word lists and place names come from <see cref="PersonalDataLexicon"/>; the current year (the latest possible
/// birth year) from the injected clock. Rules, limits and measured scores: BENCHMARKS.md ("Personal-data masker").
/// </remarks>
public sealed class PersonalDataMasker
{
    private readonly PersonalDataLexicon lexicon;
    private readonly TimeProvider clock;
    private readonly IReadOnlyList<IPersonalDataDetector> detectors;

    /// <summary>The masker with the standard detectors, in the order they must run (names look at what came before).</summary>
    public PersonalDataMasker(PersonalDataLexicon lexicon, TimeProvider clock)
        : this(lexicon, clock,
        [
            new EmailDetector(), new PhoneDetector(), new SocialSecurityNumberDetector(), new DateOfBirthDetector(),
            new AddressDetector(), new CaseNumberDetector(lexicon), new NameDetector(lexicon),
        ])
    {
    }

    /// <summary>A masker with other detectors (a new kind, another country's formats).</summary>
    public PersonalDataMasker(PersonalDataLexicon lexicon, TimeProvider clock, IReadOnlyList<IPersonalDataDetector> detectors)
    {
        this.lexicon = lexicon;
        this.clock = clock;
        this.detectors = detectors;
        Screen = new PersonalDataScreen(lexicon);
    }

    /// <summary>The safety net used by <see cref="Mask"/>; also usable on its own.</summary>
    public PersonalDataScreen Screen { get; }

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

        var findings = Find(text);
        // Both lists are ordered and findings never overlap, so one pass drops the flags inside a finding.
        var flags = new List<PersonalDataFlag>();
        var next = 0;
        foreach (var flag in Screen.Flag(text))
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

        return new MaskResult(Replace(text, findings), findings, flags);
    }

    /// <summary>Only the masking: the findings, merged and in order, without the safety net.</summary>
    public List<PersonalDataFinding> Find(string text)
    {
        var found = new List<Candidate>();
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var context = new DetectionContext(lexicon, clock.GetUtcNow().Year);
        foreach (var detector in detectors)
        {
            detector.Find(text, context, found);
        }

        return Merge(found);
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
