using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>Social security numbers in 3-2-4 form, nine digits after a cue, or the last four when the text says so.</summary>
public sealed class SocialSecurityNumberDetector : IPersonalDataDetector
{
    private static readonly Regex SsnPattern = Pattern(@"\b(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4})\b");

    // "***-**-4471", "XXX-XX-4471": the number as statements print it, the last four still there.
    private static readonly Regex StarredSsnPattern = Pattern(@"[*xX•]{3}[- ]?[*xX•]{2}[- ]?\d{4}\b");

    private static readonly Regex SsnCue = Pattern(
        @"(\bssn#?|\bss#|\bs\.s\.n\.?|\bsocial security|\bsoc\. sec\.|\bseguro social|\bseguridad social|" +
        @"\b(my|mi|his|her|of|de|su|your)[ \t]+social\b|\bsocial[ \t]*(:|#|is\b|no\.)|\bss[ \t]+(number|no\.?|#))",
        ignoreCase: true);

    private static readonly Regex FileCue = Pattern(
        @"\b(claim|case|file|account|policy|member|expediente|reclamo|reclamación|caso|cuenta|póliza|poliza)\b", ignoreCase: true);

    private static readonly Regex LastDigitsCue = Pattern(
        @"\b(end|ends|ending|last|termina|terminan|terminación|terminacion|últimos|ultimos|final|últimas|ultimas)\b",
        ignoreCase: true);

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        foreach (var m in SsnPattern.EnumerateMatches(text))
        {
            // "El claim number es 408-56-9576": after a case or claim word with no SSN word near, the 3-2-4 shape
            // is that file's number and the case-number detector takes it.
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length)
                && !(CueBefore(FileCue, text, m.Index, 24) >= 0 && CueBefore(SsnCue, text, m.Index, 60) < 0))
            {
                found.Add(new(PersonalDataKind.SocialSecurityNumber, m.Index, m.Index + m.Length, CandidatePriority.SocialSecurityNumber));
            }
        }

        foreach (var m in StarredSsnPattern.EnumerateMatches(text))
        {
            found.Add(new(PersonalDataKind.SocialSecurityNumber, m.Index, m.Index + m.Length, CandidatePriority.SocialSecurityNumber));
        }

        // "SSN 585224190", "social security # 078051120", "my SSN ends in 4417".
        foreach (var cue in SsnCue.EnumerateMatches(text))
        {
            var cueEnd = cue.Index + cue.Length;
            if (!TryReadNumberAfter(text, cueEnd, 40, out var start, out var end, out var digits))
            {
                continue;
            }

            // "ends in 4417" after the cue, "last four of my social 1757" or "los últimos cuatro de mi seguro
            // social son 3176" before it, or four digits straight after the cue ("Seguro social: 8947"): nobody
            // writes a year or a count there.
            var before = Math.Max(0, cue.Index - 40);
            var lastDigits = digits == 4
                             && (LastDigitsCue.IsMatch(text.AsSpan(cueEnd, start - cueEnd))
                                 || LastDigitsCue.IsMatch(text.AsSpan(before, cue.Index - before))
                                 || text.AsSpan(cueEnd, start - cueEnd).Trim() is ":" or "#" or "" or "is" or "es" or "son");
            if (digits == 9 || lastDigits)
            {
                found.Add(new(PersonalDataKind.SocialSecurityNumber, start, end, CandidatePriority.SocialSecurityNumber));
            }
        }
    }
}
