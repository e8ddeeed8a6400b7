using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CommunityVoice.Core.PersonalData.Tagging;

/// <summary>A labelled text for training: the text and its personal-data spans (end exclusive).</summary>
public sealed record LabelledText(string Text, IReadOnlyList<(PersonalDataKind Kind, int Start, int End)> Spans);

/// <summary>What the tagger thinks of one token.</summary>
/// <param name="Kind">The most likely personal-data kind, or null when "not personal data" is most likely.</param>
/// <param name="KindProbability">Probability of <paramref name="Kind"/> (0 when Kind is null).</param>
/// <param name="PersonalProbability">Probability that the token is personal data of any kind.</param>
/// <param name="MostLikelyPersonalKind">The most likely kind among the personal ones, even when Kind is null.</param>
public readonly record struct TokenScore(
    PersonalDataKind? Kind, float KindProbability, float PersonalProbability, PersonalDataKind MostLikelyPersonalKind);

/// <summary>
/// A learned token classifier (ML.NET multiclass logistic regression) that tags each token of a text with a
/// personal-data kind or "none", from the features of <see cref="TaggerFeatures"/>: the words around it, its shape
/// and the word lists. It learns from labelled sets by several authors the phrasings no rule was written for
/// ("tell hannah i got the form"); the rules stay, and <see cref="PersonalDataMasker"/> adds what it finds.
/// </summary>
/// <remarks>
/// The trained model is embedded in Site.Core (<see cref="ModelResource"/>), built by
/// <c>bench/masker/train.sh</c>. Thread-safe: prediction engines are pooled. Linear in the text.
/// </remarks>
public sealed class PersonalDataTagger
{
    /// <summary>The manifest name of the embedded model.</summary>
    public const string ModelResource = "CommunityVoice.Core.PersonalData.Tagging.tagger.zip";

    private const string None = "none";

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly ConcurrentBag<PredictionEngine<TokenRow, TokenPrediction>> engines = [];
    private readonly PersonalDataKind?[] classes;

    private PersonalDataTagger(MLContext ml, ITransformer model)
    {
        this.ml = ml;
        this.model = model;
        var engine = Engine();
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        classes = names.DenseValues()
            .Select(n => n.ToString() is var name && name == None ? (PersonalDataKind?)null : Enum.Parse<PersonalDataKind>(name))
            .ToArray();
        engines.Add(engine);
    }

    private static readonly Lazy<PersonalDataTagger> EmbeddedModel = new(() =>
    {
        using var stream = typeof(PersonalDataTagger).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The tagger model {ModelResource} is not embedded in Site.Core; run bench/masker/train.sh.");
        return Load(stream);
    });

    /// <summary>
    /// The model embedded in Site.Core, loaded once per process (about half a second) and shared: the tagger is
    /// immutable and thread-safe.
    /// </summary>
    public static PersonalDataTagger Embedded => EmbeddedModel.Value;

    /// <summary>A model saved by <see cref="Train"/>.</summary>
    public static PersonalDataTagger Load(Stream stream)
    {
        var ml = new MLContext(seed: 1);
        // ML.NET reads the zip with seeks; copy a resource stream that cannot seek.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return new PersonalDataTagger(ml, ml.Model.Load(buffer, out _));
    }

    /// <summary>
    /// Trains a model on <paramref name="texts"/> and writes it to <paramref name="output"/>. <paramref name="l2"/>
    /// is the L2 regularisation (1 was best across the tuning authors; BENCHMARKS.md).
    /// </summary>
    public static void Train(IEnumerable<LabelledText> texts, PersonalDataLexicon lexicon, Stream output, float l2 = 1f)
    {
        var rows = new List<TokenRow>();
        // Residents often type without capitals: every text is also learned in lower case (same offsets, since
        // lower-casing keeps each UTF-16 unit in place), so names are learned from their context, not their capital.
        var augmented = texts.SelectMany(t => new[] { t, t with { Text = t.Text.ToLowerInvariant() } });
        foreach (var text in augmented)
        {
            var tokens = TaggerFeatures.Tokenize(text.Text);
            var features = TaggerFeatures.Describe(text.Text, tokens, lexicon);
            for (var t = 0; t < tokens.Count; t++)
            {
                var label = None;
                foreach (var span in text.Spans)
                {
                    if (span.Start < tokens[t].End && tokens[t].Start < span.End)
                    {
                        label = span.Kind.ToString();
                        break;
                    }
                }

                rows.Add(new TokenRow { Features = features[t], Label = label });
            }
        }

        // A feature seen once says nothing general and only grows the model: keep those seen at least twice.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var feature in row.Features.Split(' '))
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        foreach (var row in rows)
        {
            row.Features = string.Join(' ', row.Features.Split(' ').Where(f => counts[f] >= 2));
        }

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TokenRow.Label))
            .Append(ml.Transforms.Text.TokenizeIntoWords("Words", nameof(TokenRow.Features), [' ']))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams("Vector", "WordKeys", ngramLength: 1, useAllLengths: false,
                weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Vector",
                L2Regularization = l2,
                L1Regularization = 0f,
                MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        var model = pipeline.Fit(data);
        ml.Model.Save(model, data.Schema, output);
    }

    /// <summary>Scores every token of <paramref name="text"/> (from <see cref="TaggerFeatures.Tokenize"/>).</summary>
    public TokenScore[] Score(string text, IReadOnlyList<TaggerToken> tokens, PersonalDataLexicon lexicon)
    {
        var features = TaggerFeatures.Describe(text, tokens, lexicon);
        var scores = new TokenScore[tokens.Count];
        if (!engines.TryTake(out var engine))
        {
            engine = Engine();
        }

        try
        {
            var row = new TokenRow();
            var prediction = new TokenPrediction();
            for (var t = 0; t < tokens.Count; t++)
            {
                row.Features = features[t];
                engine.Predict(row, ref prediction);
                var probabilities = prediction.Score;
                var best = 0;
                var bestPersonal = -1;
                var personal = 0f;
                for (var c = 0; c < probabilities.Length; c++)
                {
                    if (probabilities[c] > probabilities[best]) best = c;
                    if (classes[c] is not null)
                    {
                        personal += probabilities[c];
                        if (bestPersonal < 0 || probabilities[c] > probabilities[bestPersonal]) bestPersonal = c;
                    }
                }

                scores[t] = new TokenScore(classes[best], classes[best] is null ? 0f : probabilities[best], personal,
                    classes[bestPersonal]!.Value);
            }
        }
        finally
        {
            engines.Add(engine);
        }

        return scores;
    }

    private PredictionEngine<TokenRow, TokenPrediction> Engine() =>
        ml.Model.CreatePredictionEngine<TokenRow, TokenPrediction>(model);

    private sealed class TokenRow
    {
        public string Features { get; set; } = "";
        public string Label { get; set; } = None;
    }

    private sealed class TokenPrediction
    {
        public float[] Score { get; set; } = [];
    }
}
