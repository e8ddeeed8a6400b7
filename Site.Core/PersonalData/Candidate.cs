namespace CommunityVoice.Core.PersonalData;

/// <summary>
/// A span a detector believes is personal data. Candidates may overlap; the masker merges them, and where two
/// overlap the one with the higher <see cref="Priority"/> names the kind.
/// </summary>
/// <param name="Kind">What the detector found.</param>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="Priority">Strength of the evidence; see <see cref="CandidatePriority"/>.</param>
/// <param name="Formatted">True for a phone number written with separators, which other detectors leave alone.</param>
public readonly record struct Candidate(PersonalDataKind Kind, int Start, int End, int Priority, bool Formatted = false);
