// Clustering benchmark: quality against labels (NMI, ARI), the near-duplicate detector (ROC-AUC, best F1),
// a clustering run over a large resampled corpus, embedding throughput, similar-query latency and peak memory.
// Prints one JSON document. See bench/clustering/run.sh for the options and BENCHMARKS.md for the method.
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityVoice.Core.Clustering;
using CsvHelper;

var options = Options.Parse(args);
var output = new JsonObject { ["featurizer"] = MiniLmEmbedder.ModelName };
using var embedder = new MiniLmEmbedder(threadsPerCall: options.Threads);
var cache = new VectorCache(options.CacheDir);

// --- quality against labels -------------------------------------------------------------------------------------
var rows = Csv.ReadLabelled(options.Data);
if (options.Subset is { Count: > 0 } subset) rows = rows.Where(r => subset.Contains(r.Label)).ToList();
if (rows.Count == 0) Fail($"no rows in {options.Data}{(options.Subset is null ? "" : " with the labels asked for")}");
output["data"] = new JsonObject { ["path"] = options.Data, ["rows"] = rows.Count, ["labels"] = rows.Select(r => r.Label).Distinct().Count() };

// As the site does: a Spanish text is glossed into English words before it is embedded.
var vectors = cache.Embed(embedder, rows.Select(r => SpanishGloss.ToEnglishWords(r.Text, null)).ToList(), out var embedSeconds, out var embedded);
output["embedding"] = new JsonObject
{
    ["texts_embedded_now"] = embedded, ["seconds"] = Math.Round(embedSeconds, 2),
    ["texts_per_s"] = embedded == 0 ? null : Math.Round(embedded / embedSeconds, 1), ["threads"] = options.Threads,
};

// Throughput is measured on every run (the cache would hide it): 512 texts, batches of 32, on 1 and on 2 threads.
var sample = rows.Take(512).Select(r => r.Text).ToList();
var throughput = new JsonObject();
foreach (var threads in new[] { 1, 2 })
{
    using var fresh = new MiniLmEmbedder(threads);
    fresh.Embed(["warm up"], default);
    var clock = Stopwatch.StartNew();
    foreach (var batch in sample.Chunk(32)) fresh.Embed(batch, default);
    throughput[$"texts_per_s_{threads}_thread{(threads > 1 ? "s" : "")}"] = Math.Round(sample.Count / clock.Elapsed.TotalSeconds, 1);
}
output["embedding_throughput"] = throughput;

var labels = rows.Select(r => r.Label).ToList();
// Near-duplicate links as the site stores them: each statement against the ones before it.
var ids = rows.Select((_, i) => new Guid(i, 0, 0, new byte[8])).ToList();
var links = Stopwatch.StartNew();
var points = rows.Select((r, i) => new ClusterPoint(ids[i], r.Text, vectors[i],
    NearDuplicates.NearestEarlier(vectors[i], vectors[..i], options.DuplicateThreshold) is { } near ? ids[near.Index] : null)).ToList();
output["duplicate_links"] = new JsonObject
{
    ["threshold"] = options.DuplicateThreshold, ["linked"] = points.Count(p => p.DuplicateOf is not null),
    ["seconds_all_pairs"] = Math.Round(links.Elapsed.TotalSeconds, 3),
};
var kLabels = labels.Distinct().Count();
output["fixed_k"] = Score(points, labels, new ClusteringSettings { K = kLabels, Seed = options.Seed });
output["auto_k"] = Score(points, labels, new ClusteringSettings { KMin = options.KMin, KMax = options.KMax, Seed = options.Seed });
// The fallback featurizer (ML.NET TF-IDF, no model) on the same texts (Spanish glossed, as the site does) and k.
var tfidf = TfidfFeaturizer.Featurize(rows.Select(r => SpanishGloss.ToEnglishWords(r.Text, null)).ToList());
output["tfidf_fixed_k"] = Score(rows.Select((r, i) => new ClusterPoint(ids[i], r.Text, tfidf[i])).ToList(), labels, new ClusteringSettings { K = kLabels, Seed = options.Seed });
output["reproducible"] = Reproducible(points, new ClusteringSettings { K = kLabels, Seed = options.Seed });

// --- near-duplicate detector ------------------------------------------------------------------------------------
if (options.Pairs is not null)
{
    var tune = Pairs(options.Pairs);
    output["pairs"] = tune.json;
    if (options.HeldOut is not null)
    {
        var heldOut = Pairs(options.HeldOut, fixedThreshold: tune.threshold);
        output["pairs_heldout"] = heldOut.json;
    }
}

// --- scale: a clustering run over a large resampled corpus, similar-query latency ------------------------------
if (options.Scale > 0)
{
    var big = Resample(points, options.Scale, options.Seed);
    output["scale"] = ScaleRun(big, kLabels);
    output["similar_query"] = new JsonArray(
        SimilarLatency(big.Take(10_000).ToList(), rows.Select(r => r.Text).ToList()),
        SimilarLatency(big, rows.Select(r => r.Text).ToList()));
}

output["peak_working_set_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1);
Console.WriteLine(output.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
return 0;

JsonObject Score(List<ClusterPoint> pts, List<string> truth, ClusteringSettings settings)
{
    var outcome = ClusteringEngine.Run(pts, settings);
    var index = pts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
    var predicted = new int[pts.Count];
    foreach (var cluster in outcome.Clusters)
        foreach (var member in cluster.Members) predicted[index[member.Id]] = cluster.Number;
    return new JsonObject
    {
        ["k"] = outcome.K, ["k_choice"] = outcome.KChoice,
        ["nmi"] = Math.Round(ClusterQuality.Nmi(truth, predicted), 4), ["ari"] = Math.Round(ClusterQuality.Ari(truth, predicted), 4),
        ["silhouette"] = outcome.Silhouette, ["davies_bouldin"] = outcome.DaviesBouldin,
        ["seconds"] = Math.Round(outcome.Duration.TotalSeconds, 3),
        ["labels"] = new JsonArray(outcome.Clusters.Take(12).Select(c => (JsonNode)$"{c.Members.Count}: {string.Join(" · ", c.Terms)}").ToArray()),
    };
}

bool Reproducible(List<ClusterPoint> pts, ClusteringSettings settings)
{
    string Signature() => string.Join("|", ClusteringEngine.Run(pts, settings).Clusters.Select(c => string.Join(",", c.Members.Select(m => m.Id).Order())));
    return Signature() == Signature();
}

(JsonObject json, double threshold) Pairs(string path, double? fixedThreshold = null)
{
    var pairs = Csv.ReadPairs(path);
    var texts = pairs.SelectMany(p => new[] { p.Text1, p.Text2 }).Select(t => SpanishGloss.ToEnglishWords(t, null)).ToList();
    var v = cache.Embed(embedder, texts, out _, out _);
    var scored = pairs.Select((p, i) => (score: (double)VectorMath.Dot(v[2 * i], v[2 * i + 1]), positive: p.IsDuplicate)).ToList();
    var (bestF1, bestThreshold) = BestF1(scored);
    var json = new JsonObject
    {
        ["path"] = path, ["pairs"] = pairs.Count, ["duplicates"] = pairs.Count(p => p.IsDuplicate),
        ["roc_auc"] = Math.Round(RocAuc(scored), 4),
        ["by_threshold"] = new JsonArray(new[] { 0.5, 0.6, 0.7, 0.8, 0.9 }.Select(t => (JsonNode)new JsonObject
        {
            ["threshold"] = t, ["precision"] = Math.Round(Prf(scored, t).precision, 3), ["recall"] = Math.Round(Prf(scored, t).recall, 3),
        }).ToArray()),
        ["best_f1"] = Math.Round(bestF1, 4), ["best_threshold"] = Math.Round(bestThreshold, 4),
    };
    if (fixedThreshold is { } t)
    {
        var (p, r, f) = Prf(scored, t);
        json["at_tuned_threshold"] = new JsonObject { ["threshold"] = Math.Round(t, 4), ["precision"] = Math.Round(p, 4), ["recall"] = Math.Round(r, 4), ["f1"] = Math.Round(f, 4) };
    }
    return (json, bestThreshold);
}

JsonObject ScaleRun(List<ClusterPoint> big, int k)
{
    GC.Collect();
    var before = GC.GetTotalMemory(true);
    var fixedK = ClusteringEngine.Run(big, new ClusteringSettings { K = k, Seed = options.Seed });
    var auto = ClusteringEngine.Run(big, new ClusteringSettings { KMin = options.KMin, KMax = options.KMax, Seed = options.Seed });
    return new JsonObject
    {
        ["submissions"] = big.Count,
        ["fixed_k"] = new JsonObject { ["k"] = fixedK.K, ["seconds"] = Math.Round(fixedK.Duration.TotalSeconds, 2) },
        ["auto_k"] = new JsonObject { ["k"] = auto.K, ["k_choice"] = auto.KChoice, ["seconds"] = Math.Round(auto.Duration.TotalSeconds, 2) },
        ["managed_heap_mb_before"] = Math.Round(before / 1048576.0, 1),
    };
}

JsonObject SimilarLatency(List<ClusterPoint> corpus, List<string> queries)
{
    // What /similar does with stored vectors: embed the query (one thread), score every stored vector, keep five.
    var matrix = new float[corpus.Count * 384];
    for (var i = 0; i < corpus.Count; i++) corpus[i].Vector.CopyTo(matrix, i * 384);
    using var queryEmbedder = new MiniLmEmbedder(threadsPerCall: 1);
    queryEmbedder.Embed(["warm up"], default);
    var random = new Random(options.Seed);
    var times = new List<double>();
    var scans = new List<double>();
    var scores = new float[corpus.Count];
    for (var q = 0; q < 300; q++)
    {
        var text = queries[random.Next(queries.Count)];
        text = text.Length > 80 ? text[..80] : text; // a title being typed
        var clock = Stopwatch.StartNew();
        var query = queryEmbedder.Embed([text], default)[0];
        var scan = Stopwatch.StartNew();
        for (var i = 0; i < corpus.Count; i++) scores[i] = VectorMath.Dot(query, matrix.AsSpan(i * 384, 384));
        var top = TopIndices(scores, 5);
        clock.Stop();
        if (q >= 20 && top.Length > 0) { times.Add(clock.Elapsed.TotalMilliseconds); scans.Add(scan.Elapsed.TotalMilliseconds); }
    }
    times.Sort();
    scans.Sort();
    static double Pct(List<double> sorted, double p) => Math.Round(sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)], 2);
    return new JsonObject
    {
        ["submissions"] = corpus.Count, ["queries"] = times.Count, ["p50_ms"] = Pct(times, 0.5), ["p95_ms"] = Pct(times, 0.95),
        ["max_ms"] = Math.Round(times[^1], 2), ["scan_only_p95_ms"] = Pct(scans, 0.95),
    };
}

static int[] TopIndices(float[] scores, int n)
{
    var best = new List<int>(n + 1);
    for (var i = 0; i < scores.Length; i++)
    {
        if (best.Count == n && scores[i] <= scores[best[^1]]) continue;
        var at = best.FindIndex(b => scores[i] > scores[b]);
        best.Insert(at < 0 ? best.Count : at, i);
        if (best.Count > n) best.RemoveAt(n);
    }
    return best.ToArray();
}

// Resampling with light perturbation: each copy of a statement gets its vector moved by small Gaussian noise
// (cosine to the original about 0.97), as a lightly reworded text would. scikit-learn gets the same statements
// with one word dropped (resample.py), the text counterpart.
static List<ClusterPoint> Resample(List<ClusterPoint> points, int count, int seed)
{
    var random = new Random(seed);
    var result = new List<ClusterPoint>(count);
    for (var i = 0; i < count; i++)
    {
        var source = points[i < points.Count ? i : random.Next(points.Count)];
        var v = (float[])source.Vector.Clone();
        if (i >= points.Count)
            for (var d = 0; d < v.Length; d++) v[d] += (float)(Gaussian(random) * 0.0125);
        // A copy links to its original, as the stored near-duplicate check would find it (cosine about 0.97).
        result.Add(new ClusterPoint(Guid.NewGuid(), source.Text, VectorMath.Normalized(v), i >= points.Count ? source.Id : null));
    }
    return result;
}

static double Gaussian(Random random) =>
    Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

static double RocAuc(List<(double score, bool positive)> scored)
{
    var ranked = scored.OrderBy(s => s.score).ToList();
    double positives = scored.Count(s => s.positive), negatives = scored.Count - positives, rankSum = 0;
    for (var i = 0; i < ranked.Count;)
    {
        var j = i;
        while (j < ranked.Count && ranked[j].score == ranked[i].score) j++;
        var averageRank = (i + j + 1) / 2.0;
        for (var x = i; x < j; x++) if (ranked[x].positive) rankSum += averageRank;
        i = j;
    }
    return positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

static (double f1, double threshold) BestF1(List<(double score, bool positive)> scored) =>
    scored.Select(s => s.score).Distinct().Select(t => (f1: Prf(scored, t).f1, t)).MaxBy(x => x.f1);

static (double precision, double recall, double f1) Prf(List<(double score, bool positive)> scored, double threshold)
{
    double tp = scored.Count(s => s.positive && s.score >= threshold), fp = scored.Count(s => !s.positive && s.score >= threshold);
    double fn = scored.Count(s => s.positive && s.score < threshold);
    var p = tp + fp == 0 ? 0 : tp / (tp + fp);
    var r = tp + fn == 0 ? 0 : tp / (tp + fn);
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
}

static void Fail(string message)
{
    Console.Error.WriteLine("error: " + message);
    Environment.Exit(2);
}

sealed record Options(string Data, string? Pairs, string? HeldOut, HashSet<string>? Subset, int Scale, int Seed, int KMin, int KMax, int Threads, string CacheDir, double DuplicateThreshold)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        int Int(string name, int fallback) =>
            int.TryParse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"{name} needs a whole number");
        var subset = Value("--subset", "");
        return new Options(
            Value("--data", "../shared/data/polis/statements.csv"),
            NullIfEmpty(Value("--pairs", "")), NullIfEmpty(Value("--heldout", "")),
            subset.Length == 0 ? null : subset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            Int("--scale", 0), Int("--seed", 42), Int("--k-min", 2), Int("--k-max", 20), Int("--threads", 2),
            Value("--cache", Path.Combine(Path.GetTempPath(), "cv-bench-vectors")),
            double.Parse(Value("--duplicate-threshold", "0.8"), CultureInfo.InvariantCulture));
    }

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}

sealed record LabelledRow(string Id, string Text, string Label);

sealed record Pair(string Text1, string Text2, bool IsDuplicate);

static class Csv
{
    static readonly CsvReaderOptions Comma = new() { Separator = ',' };

    public static List<LabelledRow> ReadLabelled(string path)
    {
        using var reader = CsvReader.FromFile(path, Comma);
        var rows = new List<LabelledRow>();
        while (reader.Read())
            if (reader.GetString("text") is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
                rows.Add(new LabelledRow(reader.GetString("id"), text, reader.GetString("label")));
        return rows;
    }

    public static List<Pair> ReadPairs(string path)
    {
        using var reader = CsvReader.FromFile(path, Comma);
        var pairs = new List<Pair>();
        while (reader.Read())
            pairs.Add(new Pair(reader.GetString("text1"), reader.GetString("text2"), reader.GetString("is_duplicate").Trim() is "1" or "true" or "True"));
        return pairs;
    }
}

/// <summary>Vectors of texts already embedded, kept on disk by model and text hash so reruns skip the model.</summary>
sealed class VectorCache(string folder)
{
    public float[][] Embed(ITextEmbedder embedder, List<string> texts, out double seconds, out int embedded)
    {
        Directory.CreateDirectory(folder);
        var keys = texts.Select(t => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(embedder.Name + "\n" + t)))[..32]).ToList();
        var result = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            var file = Path.Combine(folder, keys[i]);
            if (File.Exists(file)) result[i] = VectorCodec.FromBytes(File.ReadAllBytes(file));
            else missing.Add(i);
        }
        var clock = Stopwatch.StartNew();
        foreach (var batch in missing.Chunk(32))
        {
            var vectors = embedder.Embed(batch.Select(i => texts[i]).ToList(), default);
            for (var j = 0; j < batch.Length; j++)
            {
                result[batch[j]] = vectors[j];
                File.WriteAllBytes(Path.Combine(folder, keys[batch[j]]), VectorCodec.ToBytes(vectors[j]));
            }
        }
        seconds = clock.Elapsed.TotalSeconds;
        embedded = missing.Count;
        return result;
    }
}
