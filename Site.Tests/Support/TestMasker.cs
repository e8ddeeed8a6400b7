using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.PersonalData.Tagging;

namespace CommunityVoice.Tests.Support;

/// <summary>
/// The masker as the site builds it (the rules and the embedded tagger), on the repository's content folder and a
/// clock fixed in 2026; <see cref="Rules"/> is the same without the tagger, for tests of the rules themselves.
/// </summary>
public static class TestMasker
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public static PersonalDataLexicon Lexicon { get; } = PersonalDataLexicon.Load(Repo.Content);

    public static PersonalDataTagger Tagger { get; } = PersonalDataTagger.Embedded;

    public static PersonalDataMasker Instance { get; } = Create();

    public static PersonalDataMasker Rules { get; } = new(Lexicon, new FixedClock(Now));

    public static PersonalDataMasker Create(DateTimeOffset? now = null) => new(Lexicon, new FixedClock(now ?? Now), Tagger);

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
