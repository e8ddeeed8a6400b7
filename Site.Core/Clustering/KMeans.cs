using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CommunityVoice.Core.Clustering;

/// <summary>A k-means result: a cluster number (0-based) per point, the centroids and the total squared distance.</summary>
public sealed record KMeansResult(int[] Assignments, float[][] Centroids, double Inertia, int Seed);

/// <summary>
/// ML.NET's k-means (k-means++ initialisation, one thread per fit so that the same seed always gives the same
/// clusters) on dense vectors, with seeded restarts run side by side, keeping the one with the lowest inertia.
/// On a large corpus the restarts fit a seeded sample of <c>fitSample</c> points, and a few Lloyd iterations
/// over all points then move the centroids to the means of everything assigned to them.
/// </summary>
public static class KMeans
{
    public const int DefaultFitSample = 20_000;
    const int RefineIterations = 5;

    public static KMeansResult Fit(IReadOnlyList<float[]> points, int k, int seed, int restarts = 3, CancellationToken cancellationToken = default,
        int fitSample = DefaultFitSample)
    {
        if (points.Count == 0) throw new ArgumentException("There is nothing to cluster.", nameof(points));
        k = Math.Clamp(k, 1, points.Count);
        IReadOnlyList<float[]> fitted = points;
        if (points.Count > fitSample)
        {
            var indices = Enumerable.Range(0, points.Count).ToArray();
            new Random(seed).Shuffle(indices);
            fitted = indices[..fitSample].Order().Select(i => points[i]).ToArray();
        }

        var results = new KMeansResult[Math.Max(1, restarts)];
        Parallel.For(0, results.Length, new ParallelOptions { CancellationToken = cancellationToken }, r => results[r] = FitOnce(fitted, k, seed + r));
        var best = results.OrderBy(r => r.Inertia).ThenBy(r => r.Seed).First();
        return fitted == points ? best : Refine(points, best, cancellationToken);
    }

    /// <summary>Lloyd iterations over all points, starting from centroids fitted on a sample.</summary>
    static KMeansResult Refine(IReadOnlyList<float[]> points, KMeansResult start, CancellationToken cancellationToken)
    {
        var centroids = start.Centroids;
        var assignments = new int[points.Count];
        double inertia = 0;
        for (var iteration = 0; iteration <= RefineIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = 0;
            var distances = new double[points.Count];
            Parallel.For(0, points.Count, i =>
            {
                var (nearest, distance) = Nearest(points[i], centroids);
                if (assignments[i] != nearest) Interlocked.Increment(ref changed);
                assignments[i] = nearest;
                distances[i] = distance;
            });
            inertia = distances.Sum();
            if (iteration == RefineIterations || (iteration > 0 && changed == 0)) break;

            var dimensions = points[0].Length;
            var sums = new double[centroids.Length, dimensions];
            var counts = new int[centroids.Length];
            for (var i = 0; i < points.Count; i++)
            {
                var c = assignments[i];
                counts[c]++;
                for (var d = 0; d < dimensions; d++) sums[c, d] += points[i][d];
            }
            centroids = centroids.Select((old, c) => counts[c] == 0 ? old
                : Enumerable.Range(0, dimensions).Select(d => (float)(sums[c, d] / counts[c])).ToArray()).ToArray();
        }
        return new KMeansResult(assignments, centroids, inertia, start.Seed);
    }

    static KMeansResult FitOnce(IReadOnlyList<float[]> points, int k, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Point));
        schema[nameof(Point.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, points[0].Length);
        var data = ml.Data.LoadFromEnumerable(points.Select(p => new Point { Features = p }), schema);
        var model = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            NumberOfClusters = k,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 300,
            OptimizationTolerance = 1e-6f,
        }).Fit(data);

        VBuffer<float>[] centroidBuffers = [];
        model.Model.GetClusterCentroids(ref centroidBuffers, out var found);
        var centroids = centroidBuffers.Take(found).Select(c => c.DenseValues().ToArray()).ToArray();

        // Assign by nearest centroid ourselves: cheaper than a prediction pass and exact for the inertia.
        var assignments = new int[points.Count];
        double inertia = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var (nearest, distance) = Nearest(points[i], centroids);
            assignments[i] = nearest;
            inertia += distance;
        }
        return new KMeansResult(assignments, centroids, inertia, seed);
    }

    /// <summary>The nearest centroid and the squared Euclidean distance to it.</summary>
    public static (int Index, double Distance) Nearest(float[] point, float[][] centroids)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < centroids.Length; c++)
        {
            var d = VectorMath.SquaredDistance(point, centroids[c]);
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        return (best, bestDistance);
    }

    sealed class Point
    {
        public float[] Features { get; set; } = [];
    }
}
