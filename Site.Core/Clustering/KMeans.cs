using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CommunityVoice.Core.Clustering;

/// <summary>A k-means result: a cluster number (0-based) per point, the centroids and the total squared distance.</summary>
public sealed record KMeansResult(int[] Assignments, float[][] Centroids, double Inertia, int Seed);

/// <summary>
/// ML.NET's k-means (k-means++ initialisation, one thread so that the same seed always gives the same
/// clusters) on dense vectors, with several seeded restarts keeping the one with the lowest inertia.
/// </summary>
public static class KMeans
{
    public static KMeansResult Fit(IReadOnlyList<float[]> points, int k, int seed, int restarts = 3, CancellationToken cancellationToken = default)
    {
        if (points.Count == 0) throw new ArgumentException("There is nothing to cluster.", nameof(points));
        k = Math.Clamp(k, 1, points.Count);
        KMeansResult? best = null;
        for (var r = 0; r < Math.Max(1, restarts); r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = FitOnce(points, k, seed + r);
            if (best is null || result.Inertia < best.Inertia) best = result;
        }
        return best!;
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
