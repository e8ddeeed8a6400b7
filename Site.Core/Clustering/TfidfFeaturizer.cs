using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// The fallback featurizer (no model to load, instant): ML.NET's FeaturizeText with word 1–2-gram TF-IDF
/// (English stop words removed) plus character 3-gram TF-IDF, which also works on Spanish. The sparse result is
/// projected onto <see cref="Dimensions"/> seeded random directions (cosines are kept approximately), so
/// k-means works on small dense vectors whatever the vocabulary size.
/// </summary>
public static class TfidfFeaturizer
{
    public const string Name = "tfidf-word12-char3";
    public const int Dimensions = 256;

    public static float[][] Featurize(IReadOnlyList<string> texts, int seed = 1)
    {
        if (texts.Count == 0) return [];
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t }));
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var featurized = ml.Transforms.Text.FeaturizeText("Features", options, nameof(TextRow.Text)).Fit(data).Transform(data);

        var result = new float[texts.Count][];
        var row = 0;
        using var cursor = featurized.GetRowCursor(featurized.Schema.Where(c => c.Name == "Features"));
        var getter = cursor.GetGetter<VBuffer<float>>(featurized.Schema["Features"]);
        var buffer = default(VBuffer<float>);
        var directions = new Dictionary<int, float[]>();
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var projected = new float[Dimensions];
            var values = buffer.GetValues();
            var indices = buffer.GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                var feature = buffer.IsDense ? i : indices[i];
                if (values[i] == 0) continue;
                if (!directions.TryGetValue(feature, out var direction)) directions[feature] = direction = Direction(feature, seed);
                for (var d = 0; d < Dimensions; d++) projected[d] += values[i] * direction[d];
            }
            result[row++] = VectorMath.Normalized(projected);
        }
        return result;
    }

    /// <summary>A fixed pseudo-random ±1 direction per feature (an Achlioptas projection).</summary>
    static float[] Direction(int feature, int seed)
    {
        var random = new Random((int)(((uint)feature * 2654435761u) ^ (uint)seed) & int.MaxValue); // same on every run
        var direction = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++) direction[d] = random.Next(2) == 0 ? -1 : 1;
        return direction;
    }

    sealed class TextRow
    {
        public string Text { get; set; } = "";
    }
}
