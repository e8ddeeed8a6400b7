using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;

namespace CommunityVoice.Tests.Support;

/// <summary>The masker as the site builds it: the repository's content folder and a clock fixed in 2026.</summary>
public static class TestMasker
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public static PersonalDataLexicon Lexicon { get; } = PersonalDataLexicon.Load(Repo.Content);

    public static PersonalDataMasker Instance { get; } = Create();

    public static PersonalDataMasker Create(DateTimeOffset? now = null) => new(Lexicon, new FixedClock(now ?? Now));

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
