namespace CommunityVoice.Core.Clustering;

/// <summary>How good a clustering is: internal measures (no labels) and agreement with known labels.</summary>
public static class ClusterQuality
{
    /// <summary>
    /// Mean silhouette with Euclidean distance, over at most <paramref name="sampleSize"/> points drawn with
    /// <paramref name="seed"/> (the exact measure is quadratic). 1 is best; near 0 means overlapping clusters.
    /// </summary>
    public static double Silhouette(IReadOnlyList<float[]> points, int[] assignments, int sampleSize = 2000, int seed = 1) =>
        Silhouette(DistanceMatrix.Sample(points, sampleSize, seed), assignments);

    /// <summary>Silhouette on a precomputed sample (reused when comparing several k on the same points).</summary>
    public static double Silhouette(DistanceMatrix sample, int[] assignments)
    {
        var n = sample.Count;
        var labels = sample.Indices.Select(i => assignments[i]).ToArray();
        var k = labels.Length == 0 ? 0 : labels.Max() + 1;
        if (k < 2 || n < 3) return 0;
        var sizes = new int[k];
        foreach (var l in labels) sizes[l]++;
        double total = 0;
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
                if (j != i) sums[labels[j]] += sample[i, j];
            var own = labels[i];
            if (sizes[own] <= 1) continue; // a singleton's silhouette is 0 by convention
            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
                if (c != own && sizes[c] > 0) b = Math.Min(b, sums[c] / sizes[c]);
            if (b == double.MaxValue) continue;
            var s = Math.Max(a, b) == 0 ? 0 : (b - a) / Math.Max(a, b);
            total += s;
        }
        return total / n;
    }

    /// <summary>Davies–Bouldin index: average worst ratio of within-cluster spread to centroid distance. Lower is better.</summary>
    public static double DaviesBouldin(IReadOnlyList<float[]> points, int[] assignments, float[][] centroids)
    {
        var k = centroids.Length;
        if (k < 2) return 0;
        var spread = new double[k];
        var counts = new int[k];
        for (var i = 0; i < points.Count; i++)
        {
            spread[assignments[i]] += Math.Sqrt(VectorMath.SquaredDistance(points[i], centroids[assignments[i]]));
            counts[assignments[i]]++;
        }
        for (var c = 0; c < k; c++) spread[c] = counts[c] == 0 ? 0 : spread[c] / counts[c];
        double sum = 0;
        var used = 0;
        for (var i = 0; i < k; i++)
        {
            if (counts[i] == 0) continue;
            double worst = 0;
            for (var j = 0; j < k; j++)
            {
                if (j == i || counts[j] == 0) continue;
                var d = Math.Sqrt(VectorMath.SquaredDistance(centroids[i], centroids[j]));
                if (d > 0) worst = Math.Max(worst, (spread[i] + spread[j]) / d);
            }
            sum += worst;
            used++;
        }
        return used == 0 ? 0 : sum / used;
    }

    /// <summary>Normalised mutual information (arithmetic mean of the entropies, as scikit-learn's default).</summary>
    public static double Nmi<TLabel>(IReadOnlyList<TLabel> truth, IReadOnlyList<int> predicted) where TLabel : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        double mi = 0;
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < cols.Length; j++)
                if (table[i, j] > 0) mi += table[i, j] / n * Math.Log(table[i, j] * n / (rows[i] * cols[j]));
        var h = Entropy(rows, n) + Entropy(cols, n);
        return h == 0 ? 1 : Math.Max(0, mi / (h / 2));
    }

    /// <summary>Adjusted Rand index: 1 for identical partitions, about 0 for chance agreement.</summary>
    public static double Ari<TLabel>(IReadOnlyList<TLabel> truth, IReadOnlyList<int> predicted) where TLabel : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        static double Pairs(double x) => x * (x - 1) / 2;
        double index = 0;
        foreach (var v in table) index += Pairs(v);
        var sumRows = rows.Sum(Pairs);
        var sumCols = cols.Sum(Pairs);
        var expected = sumRows * sumCols / Pairs(n);
        var max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    static double Entropy(double[] counts, double n) => -counts.Where(c => c > 0).Sum(c => c / n * Math.Log(c / n));

    static (double[,] Table, double[] Rows, double[] Cols, double N) Contingency<TLabel>(IReadOnlyList<TLabel> truth, IReadOnlyList<int> predicted) where TLabel : notnull
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Both labelings must cover the same points.");
        var truthIds = new Dictionary<TLabel, int>();
        var predictedIds = new Dictionary<int, int>();
        var pairs = new (int, int)[truth.Count];
        for (var i = 0; i < truth.Count; i++)
        {
            if (!truthIds.TryGetValue(truth[i], out var t)) truthIds[truth[i]] = t = truthIds.Count;
            if (!predictedIds.TryGetValue(predicted[i], out var p)) predictedIds[predicted[i]] = p = predictedIds.Count;
            pairs[i] = (t, p);
        }
        var table = new double[truthIds.Count, predictedIds.Count];
        var rows = new double[truthIds.Count];
        var cols = new double[predictedIds.Count];
        foreach (var (t, p) in pairs) { table[t, p]++; rows[t]++; cols[p]++; }
        return (table, rows, cols, truth.Count);
    }
}

/// <summary>Pairwise Euclidean distances between a seeded sample of points (symmetric, kept as a full matrix).</summary>
public sealed class DistanceMatrix
{
    readonly float[] distances;

    DistanceMatrix(int[] indices, float[] distances)
    {
        Indices = indices;
        this.distances = distances;
    }

    /// <summary>Positions of the sampled points in the original list.</summary>
    public int[] Indices { get; }
    public int Count => Indices.Length;
    public float this[int i, int j] => distances[i * Count + j];

    public static DistanceMatrix Sample(IReadOnlyList<float[]> points, int sampleSize, int seed)
    {
        var indices = Enumerable.Range(0, points.Count).ToArray();
        if (points.Count > sampleSize)
        {
            new Random(seed).Shuffle(indices);
            indices = indices[..sampleSize];
            Array.Sort(indices);
        }
        var n = indices.Length;
        var distances = new float[n * n];
        Parallel.For(0, n, i =>
        {
            for (var j = i + 1; j < n; j++)
            {
                var d = (float)Math.Sqrt(VectorMath.SquaredDistance(points[indices[i]], points[indices[j]]));
                distances[i * n + j] = d;
                distances[j * n + i] = d;
            }
        });
        return new DistanceMatrix(indices, distances);
    }
}
