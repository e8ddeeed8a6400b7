using System.Text.RegularExpressions;
using static CommunityVoice.Core.Privacy.TextScan;

namespace CommunityVoice.Core.Privacy.Detectors;

/// <summary>Social security numbers in 3-2-4 form, nine digits after a cue, or the last four when the text says so.</summary>
public sealed class SocialSecurityNumberDetector : IPersonalDataDetector
{
    private static readonly Regex SsnPattern = Pattern(@"\b(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4})\b");

    private static readonly Regex SsnCue = Pattern(
        @"(\bssn#?|\bss#|\bs\.s\.n\.?|\bsocial security|\bsoc\. sec\.|\bseguro social|\bseguridad social)",
        ignoreCase: true);

    private static readonly Regex LastDigitsCue = Pattern(
        @"\b(end|ends|ending|last|termina|terminan|terminación|terminacion|últimos|ultimos|final)\b",
        ignoreCase: true);

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        foreach (var m in SsnPattern.EnumerateMatches(text))
        {
            if (IsIsolatedNumber(text, m.Index, m.Index + m.Length))
            {
                found.Add(new(PersonalDataKind.SocialSecurityNumber, m.Index, m.Index + m.Length, CandidatePriority.SocialSecurityNumber));
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
                found.Add(new(PersonalDataKind.SocialSecurityNumber, start, end, CandidatePriority.SocialSecurityNumber));
            }
        }
    }
}
