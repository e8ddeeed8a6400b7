using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Tests.Core.Submissions;

public class SubmissionScreenTests
{
    static readonly TimeSpan Slow = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("How many families wait more than 3 months for child care in Taos County?")]
    [InlineData("Homes with < 5 years on the waiting list, and rents > $900: where are they?")]
    [InlineData("See https://example.org/report and www.example.org for the figures.")]
    public void OrdinaryTextIsNotHeld(string text) => Assert.Empty(SubmissionScreen.HoldReasons(text, Slow, false));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Data <b>bold</b>")]
    [InlineData("<img src=/x.png onerror=\"steal()\"> look")]
    [InlineData("text </p><div onmouseover=\"x\">hover</div>")]
    public void HtmlOrScriptMarkupIsHeldForAPerson(string text) =>
        Assert.Equal(["HTML or script markup"], SubmissionScreen.HoldReasons(text, Slow, false));

    [Fact]
    public void EachSuspiciousSignIsNamed()
    {
        var reasons = SubmissionScreen.HoldReasons("https://a.example https://b.example https://c.example " + new string('!', 25), TimeSpan.FromSeconds(1), true);
        Assert.Equal(["sent faster than a person can type", "more than 2 links", "repeated text", "same text as a recent submission"], reasons);
    }
}
