namespace CommunityVoice.Tests.Support;

/// <summary>A clock the test moves by hand; timers still run on real time.</summary>
public sealed class TestClock : TimeProvider
{
    DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
