using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Ranking;

namespace CommunityVoice.Tests.Core.Clustering;

public class TextFeaturesTests
{
    [Fact]
    public void LabelsNameWhatSetsAClusterApartInItsMostCommonSpelling()
    {
        var labels = ClusterLabels.Top(
        [
            ["Water wells near the uranium mine", "Are the wells safe to drink from?", "Uranium in well water in McKinley County", "Test the wells for uranium"],
            ["Rent went up again in the county", "Evictions in the county this year", "How many renters were evicted?", "Rent assistance waiting list"],
        ], 3);
        Assert.Contains("wells", labels[0]);
        Assert.Contains("uranium", labels[0]);
        Assert.DoesNotContain("county", labels[0]);
        Assert.Contains("rent", labels[1]);
    }

    [Fact]
    public void SpanishTextIsGlossedIntoEnglishWordsAndEnglishIsLeftAlone()
    {
        Assert.True(SpanishGloss.Entries > 3000);
        var gloss = SpanishGloss.ToEnglishWords("¿Cuántas familias esperan un vale de vivienda en el condado?", "es");
        Assert.Contains("families", gloss);
        Assert.Contains("housing", gloss);
        Assert.DoesNotContain("vivienda", gloss);
        // Written on the English form but in Spanish: detected by its words.
        Assert.Contains("water", SpanishGloss.ToEnglishWords("El agua de los pozos de la reservación tiene uranio", "en"));
        const string english = "How many families wait for a housing voucher in the county?";
        Assert.Equal(english, SpanishGloss.ToEnglishWords(english, "en"));
        Assert.Equal("🙂🙂🙂", SpanishGloss.ToEnglishWords("🙂🙂🙂", "es"));
    }

    [Fact]
    public void TfidfFeaturesAreUnitVectorsOfOneSizeAndTheSameOnEveryRun()
    {
        string[] texts = ["Water wells and uranium", "Uranium in the water wells", "Bus routes to the hospital", "🙂", ""];
        var first = TfidfFeaturizer.Featurize(texts);
        var second = TfidfFeaturizer.Featurize(texts);
        Assert.All(first, v => Assert.Equal(first[0].Length, v.Length));
        Assert.All(first, v => Assert.InRange(Math.Sqrt(v.Sum(x => (double)x * x)), 0.99, 1.01));
        Assert.Equal(first[0], second[0]);
        Assert.True(VectorMath.Cosine(first[0], first[1]) > VectorMath.Cosine(first[0], first[2]));
    }

    [Fact]
    public void PrioritiesMatchWholeWordsPrefixesAndIgnoreAccents()
    {
        var priorities = Priorities.Parse("""
            - id: housing
              title: { en: Housing, es: Vivienda }
              words: [housing, evict*, vivienda]
            - id: health
              title: { en: Health }
              words: [clinic*]
            """);
        Assert.Equal(["housing"], priorities.Match("Families were EVICTED last year"));
        Assert.Equal(["housing"], priorities.Match("Más VIVIENDA para familias"));
        Assert.Empty(priorities.Match("Housingless words: unhousing")); // whole words only
        Assert.Equal(["housing", "health"], priorities.Match("housing near clinics"));
        Assert.Equal("Vivienda", priorities.All[0].TitleIn("es"));
        Assert.Equal("Health", priorities.All[1].TitleIn("es"));
    }
}

public class MiniLmEmbedderTests
{
    [Fact]
    public void EmojiOnlyEmptyAndVeryLongTextsGiveUnitVectors()
    {
        var embedder = new MiniLmEmbedder(threadsPerCall: 1);
        var vectors = embedder.Embed(["🙂🙂🙂", "", new string('x', 100_000), string.Join(' ', Enumerable.Repeat("water wells uranium", 20_000))], CancellationToken.None);
        Assert.All(vectors, v =>
        {
            Assert.Equal(384, v.Length);
            Assert.InRange(Math.Sqrt(v.Sum(x => (double)x * x)), 0.99, 1.01);
        });
        Assert.Empty(embedder.Embed([], CancellationToken.None));
    }
}
