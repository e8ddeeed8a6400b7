namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// A span the safety net thinks might be personal data, for a person to look at. Like
/// <see cref="PersonalDataFinding"/> it never carries the value, only where it is and why it was flagged.
/// </summary>
/// <param name="Kind">What it might be.</param>
/// <param name="Start">Index of the first character in the original (unmasked) text.</param>
/// <param name="Length">Number of characters in the original text.</param>
/// <param name="Reason">A short English reason for staff, such as "number after 'claim'"; never the value.</param>
public sealed record PersonalDataFlag(PersonalDataFlagKind Kind, int Start, int Length, string Reason)
{
    /// <summary>Index just past the last character in the original text.</summary>
    public int End => Start + Length;

    /// <summary>
    /// The hold reason for a submission with these flags, naming kinds only:
    /// "might hold personal data (identifier, address)"; null when there are none.
    /// </summary>
    public static string? HoldReason(IEnumerable<PersonalDataFlag> flags)
    {
        var kinds = flags.Select(f => f.Kind).Distinct().Order().Select(Describe).ToList();
        return kinds.Count == 0 ? null : $"might hold personal data ({string.Join(", ", kinds)})";
    }

    /// <summary>The kind in the words used in hold reasons.</summary>
    public static string Describe(PersonalDataFlagKind kind) => kind switch
    {
        PersonalDataFlagKind.Identifier => "identifier",
        PersonalDataFlagKind.GovernmentId => "government id",
        PersonalDataFlagKind.Address => "address",
        PersonalDataFlagKind.Name => "name",
        PersonalDataFlagKind.Contact => "contact detail",
        _ => "long number",
    };

    /// <summary>Describes the flag by kind, position and reason only.</summary>
    public override string ToString() => $"{Kind} at {Start} (length {Length}): {Reason}";
}
