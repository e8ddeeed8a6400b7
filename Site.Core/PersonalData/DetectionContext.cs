namespace CommunityVoice.Core.PersonalData;

/// <summary>What a detector may know besides the text: the word lists and today's year.</summary>
/// <param name="Lexicon">Word lists and place names.</param>
/// <param name="CurrentYear">The year now, from the injected clock, so a birth year is never in the future.</param>
public sealed record DetectionContext(PersonalDataLexicon Lexicon, int CurrentYear);
