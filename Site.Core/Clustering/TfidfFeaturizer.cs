using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// The fallback featurizer (no model to load): ML.NET's FeaturizeText with word 1–2-gram TF-IDF (English stop
/// words removed) plus character 3-gram TF-IDF, which also works on Spanish, each limited to the
/// <see cref="NgramsPerKind"/> most frequent n-grams. Vectors are dense (up to 6,000 numbers each), so this
/// featurizer is for up to <see cref="MaxTexts"/> submissions; the sentence model has no such limit.
/// (A random projection to a few hundred dimensions was tried and lost most of the signal: NMI 0.10 against
/// 0.31 on the Pol.is single-topic set.)
/// </summary>
public static class TfidfFeaturizer
{
    public const string Name = "tfidf-word12-char3";
    public const int NgramsPerKind = 2000;
    public const int MaxTexts = 20_000;

    public static float[][] Featurize(IReadOnlyList<string> texts, int seed = 1)
    {
        if (texts.Count == 0) return [];
        if (texts.Count > MaxTexts)
            throw new ClusteringException($"The TF-IDF featurizer handles up to {MaxTexts:N0} submissions ({texts.Count:N0} are published); use Clustering:Featurizer=MiniLm.");
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t }));
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf, MaximumNgramsCount = [NgramsPerKind, NgramsPerKind],
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = 3, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf, MaximumNgramsCount = [NgramsPerKind],
            },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var featurized = ml.Transforms.Text.FeaturizeText("Features", options, nameof(TextRow.Text)).Fit(data).Transform(data);
        return featurized.GetColumn<VBuffer<float>>("Features").Select(v =>
        {
            var dense = v.DenseValues().ToArray();
            // A text with no known n-gram (emoji only) has no direction: give it a tiny constant one.
            return dense.Any(x => x != 0) ? VectorMath.Normalized(dense) : VectorMath.Normalized(Enumerable.Repeat(1f, dense.Length).ToArray());
        }).ToArray();
    }

    sealed class TextRow
    {
        public string Text { get; set; } = "";
    }
}
