using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>Email addresses, also spelled out ("maria at gmail dot com", "rosa arroba hotmail punto com").</summary>
public sealed class EmailDetector : IPersonalDataDetector
{
    private static readonly Regex EmailPattern =
        Pattern(@"[\p{L}\p{N}_%+\-][\p{L}\p{N}._%+\-]*@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}");

    private static readonly Regex SpelledEmailPattern = Pattern(
        @"\b[\p{L}\p{N}._\-]+[ \t]+(at|arroba)[ \t]+[\p{L}\p{N}\-]+([ \t]+(dot|punto)[ \t]+[\p{L}]{2,6}){1,3}\b",
        ignoreCase: true);

    // "ktsosie [at] live.com", "tomas.thompson01 (at) yahoo (dot) com": brackets around "at" are only ever an
    // address written so that robots cannot read it.
    private static readonly Regex BracketedEmailPattern = Pattern(
        @"\b[\p{L}\p{N}._\-]+[ \t]*[\[({][ \t]*(at|arroba)[ \t]*[\])}][ \t]*[\p{L}\p{N}\-]+" +
        @"(([ \t]*[\[({][ \t]*(dot|punto)[ \t]*[\])}][ \t]*|\.|[ \t]+(dot|punto)[ \t]+)[\p{L}\p{N}\-]{2,})*(\.\p{L}{2,6}|[ \t]*[\[({][ \t]*(dot|punto)[ \t]*[\])}][ \t]*\p{L}{2,6})\b",
        ignoreCase: true);

    // "manueljaramillo at hotmail.com", "delbert_sullivan26 arroba unm.edu": a spelled "at" before a real domain
    // of a mail provider or a university, or any domain after "arroba".
    private static readonly Regex SpelledAtDomainPattern = Pattern(
        @"\b[\p{L}\p{N}._\-]*[\p{L}\p{N}][ \t]+(at[ \t]+(gmail|yahoo|hotmail|outlook|aol|icloud|live|msn|comcast|swcp|unm|nmsu|protonmail|proton|att|earthlink|mail|me|ymail|cox|charter|q|centurylink|frontier|windstream|zoho|gmx)|arroba[ \t]+[\p{L}\p{N}\-]+)(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,6}\b",
        ignoreCase: true);

    // "ana_lopez77 @ gmail . com": the sign and the dots set apart by spaces.
    private static readonly Regex SpacedEmailPattern = Pattern(
        @"[\p{L}\p{N}_%+\-][\p{L}\p{N}._%+\-]*[ \t]*@[ \t]*[\p{L}\p{N}\-]+([ \t]*\.[ \t]*[\p{L}\p{N}\-]+)*[ \t]*\.[ \t]*\p{L}{2,6}\b");

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found)
    {
        foreach (var pattern in new[] { EmailPattern, SpelledEmailPattern, BracketedEmailPattern, SpelledAtDomainPattern, SpacedEmailPattern })
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                found.Add(new(PersonalDataKind.Email, m.Index, m.Index + m.Length, CandidatePriority.Email));
            }
        }
    }
}
