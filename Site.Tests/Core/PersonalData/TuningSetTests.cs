using System.Text.Json;
using CommunityVoice.Core.PersonalData;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Tests.Support;

namespace CommunityVoice.Tests.Core.PersonalData;

// bench/masker/tune.jsonl (written by bench/masker/generate_tune.py) as a regression test: the numbers the
// benchmark reports must not get worse without someone noticing.
public class TuningSetTests
{
    sealed record Span(string Kind, int Start, int End);

    sealed record Item(string Id, string Lang, string Text, List<Span> Spans);

    static readonly List<Item> Items = File.ReadLines(Path.Combine(Repo.Root, "bench", "masker", "tune.jsonl"))
        .Where(l => l.Length > 0)
        .Select(l => JsonSerializer.Deserialize<Item>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
        .ToList();

    [Fact]
    public void NoTuningTextWithPersonalDataIsPublishedWithoutReview()
    {
        var published = Items.Where(i => i.Spans.Count > 0 && !TestMasker.Instance.Mask(i.Text).NeedsReview).Select(i => i.Id).ToList();

        Assert.Empty(published);
    }

    [Fact]
    public void AtMostOneCleanTuningTextInTenIsHeld()
    {
        var clean = Items.Where(i => i.Spans.Count == 0).ToList();
        var held = clean.Where(i => TestMasker.Instance.Mask(i.Text).NeedsReview).Select(i => i.Id).ToList();

        Assert.True(held.Count * 10 <= clean.Count, $"{held.Count} of {clean.Count} clean texts held: {string.Join(", ", held.Take(20))}");
    }

    [Fact]
    public void MaskingFindsNearlyEveryLabelledSpanOfEachKind()
    {
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            var labelled = 0;
            var found = 0;
            foreach (var item in Items)
            {
                var findings = TestMasker.Instance.Find(item.Text);
                foreach (var span in item.Spans.Where(s => s.Kind == kind.ToString()))
                {
                    labelled++;
                    found += findings.Exists(f => f.Kind == kind && f.Start < span.End && span.Start < f.End) ? 1 : 0;
                }
            }

            Assert.True(labelled == 0 || found >= 0.95 * labelled, $"{kind}: {found} of {labelled}");
        }
    }

    [Fact]
    public void TheSetIsBigBilingualAndHasCleanTexts()
    {
        Assert.True(Items.Count >= 450);
        Assert.InRange(Items.Count(i => i.Lang == "es") / (double)Items.Count, 0.30, 0.45);
        Assert.InRange(Items.Count(i => i.Spans.Count == 0) / (double)Items.Count, 0.20, 0.40);
    }
}
