using System.Text.RegularExpressions;
using static CommunityVoice.Core.Privacy.TextScan;

namespace CommunityVoice.Core.Privacy.Detectors;

/// <summary>Email addresses, also spelled out ("maria at gmail dot com", "rosa arroba hotmail punto com").</summary>
public sealed class EmailDetector : IPersonalDataDetector
{
    private static readonly Regex EmailPattern =
        Pattern(@"[\p{L}\p{N}_%+\-][\p{L}\p{N}._%+\-]*@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}");

    private static readonly Regex SpelledEmailPattern = Pattern(
        @"\b[\p{L}\p{N}._\-]+[ \t]+(at|arroba)[ \t]+[\p{L}\p{N}\-]+([ \t]+(dot|punto)[ \t]+[\p{L}]{2,6}){1,3}\b",
        ignoreCase: true);

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        foreach (var pattern in new[] { EmailPattern, SpelledEmailPattern })
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                found.Add(new(PersonalDataKind.Email, m.Index, m.Index + m.Length, CandidatePriority.Email));
            }
        }
    }
}
