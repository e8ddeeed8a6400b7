using System.Text;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData;

// 100 KB of text built to hurt look-backs and cue scans. No time is asserted (tests never do); the benchmark
// measures it (bench/masker/run.sh, "hostile100KB"). These check the output stays sane.
public class HostileInputTests
{
    static string Fill(string unit) => new StringBuilder().Insert(0, unit, 100_000 / unit.Length + 1).ToString(0, 100_000);

    public static TheoryData<string, string> Floods() => new()
    {
        { "digits", new string('7', 100_000) },
        { "spaced digits", Fill("1234 ") },
        { "hash signs", new string('#', 100_000) },
        { "hash numbers", Fill("# 12 ") },
        { "my son", Fill("my son ") },
        { "capitalised words", Fill("Maria Lopez Garcia Chavez ") },
        { "case cues", Fill("case claim no. ") },
        { "street words", Fill("12 Main St Calle ") },
        { "family words", Fill("the Baca family la familia ") },
        { "relations and commas", Fill("my neighbor, Rosa, my caseworker, ") },
        { "toll-free numbers", Fill("1-800-555-0100 ") },
        { "cues, phones and streets", Fill("# 12345 (505) 555-0142 12 Main St #12345 ") },
    };

    [Theory]
    [MemberData(nameof(Floods))]
    public void HundredKilobyteFloodsGiveOrderedFindingsAndFlagsInsideTheText(string name, string text)
    {
        var result = TestMasker.Instance.Mask(text);

        AssertOrderedInside(result.Findings.Select(f => (f.Start, f.End)), text.Length, name);
        AssertOrderedInside(result.Flags.Select(f => (f.Start, f.End)), text.Length, name);
        Assert.Equal(result.Changed, result.Text != text);
        Assert.All(result.Flags, f => Assert.False(string.IsNullOrEmpty(f.Reason)));
    }

    [Fact]
    public void AFloodOfPersonalDataIsAllMasked()
    {
        var text = Fill("My name is Maria Lopez, case 2023-SN-448812, call (505) 555-0142. ");

        var result = TestMasker.Instance.Mask(text);

        Assert.DoesNotContain("448812", result.Text);
        Assert.DoesNotContain("555-0142", result.Text[..^80]);
    }

    static void AssertOrderedInside(IEnumerable<(int Start, int End)> spans, int length, string name)
    {
        var position = 0;
        foreach (var (start, end) in spans)
        {
            Assert.True(start >= position && end > start && end <= length, $"{name}: {start}-{end}");
            position = end;
        }
    }
}
