using System.Diagnostics;

namespace CommunityVoice.Core.Clustering;

/// <summary>How a clustering run is made. Recorded with every run.</summary>
public sealed record ClusteringSettings
{
    /// <summary>A fixed number of clusters, or null to choose it between <see cref="KMin"/> and <see cref="KMax"/>.</summary>
    public int? K { get; init; }
    public int KMin { get; init; } = 2;
    public int KMax { get; init; } = 20;
    public int Restarts { get; init; } = 3;
    public int Seed { get; init; } = 42;
    /// <summary>Points used to choose k (silhouette is quadratic); the final fit uses all.</summary>
    public int SampleSize { get; init; } = 2000;
}

/// <summary>
/// One point to cluster: a submission's id, its public text (for labels), its unit vector and the earlier
/// submission it nearly duplicates, if one was found when its vector was stored.
/// </summary>
public sealed record ClusterPoint(Guid Id, string Text, float[] Vector, Guid? DuplicateOf = null);

public sealed record ClusterMemberResult(Guid Id, double Similarity);

/// <summary>A cluster: its label words, members (closest to the centre first) and near-duplicate groups.</summary>
public sealed record ClusterResult(int Number, IReadOnlyList<string> Terms, IReadOnlyList<ClusterMemberResult> Members, IReadOnlyList<IReadOnlyList<Guid>> DuplicateGroups);

public sealed record ClusteringOutcome(
    int K, string KChoice, int Seed, double Silhouette, double DaviesBouldin,
    IReadOnlyList<ClusterResult> Clusters, TimeSpan Duration);

/// <summary>The corpus cannot be clustered as asked; the message says why in plain words.</summary>
public sealed class ClusteringException(string message) : Exception(message);

/// <summary>
/// Clusters submission vectors: chooses k by silhouette on a seeded sample (or takes the k it is given), fits
/// k-means on all points with seeded restarts, labels each cluster by class-based TF-IDF and joins the stored near-duplicate
/// links inside each cluster. The same points and settings always give the same clusters.
/// </summary>
public static class ClusteringEngine
{
    const int SmallCorpus = 5000;

    public static ClusteringOutcome Run(IReadOnlyList<ClusterPoint> points, ClusteringSettings settings,
        IProgress<(double Fraction, string Stage)>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (points.Count == 0) throw new ClusteringException("There are no published submissions with vectors to cluster yet.");
        var dimensions = points[0].Vector.Length;
        if (points.Any(p => p.Vector.Length != dimensions || p.Vector.Any(float.IsNaN)))
            throw new ClusteringException("Some stored vectors have another size or are not numbers; re-embed the submissions before clustering.");
        var vectors = points.Select(p => p.Vector).ToArray();

        // Identical vectors cannot be told apart: never ask for more clusters than there are distinct points.
        var distinct = DistinctUpTo(vectors, Math.Max(settings.KMax, settings.K ?? 0));
        var kMax = Math.Min(settings.KMax, distinct);
        string choice;
        int k;
        if (settings.K is { } fixedK)
        {
            if (fixedK < 1) throw new ClusteringException("The number of clusters must be at least 1.");
            k = Math.Min(fixedK, distinct);
            choice = k == fixedK ? $"fixed at {fixedK}" : $"asked for {fixedK}, but there are only {distinct} different submissions";
        }
        else if (kMax < 2 || points.Count < 4)
        {
            k = 1;
            choice = distinct < 2 ? "1: all submissions are the same" : $"1: too few submissions ({points.Count}) to compare groupings";
        }
        else
        {
            progress?.Report((0.05, "choosing the number of clusters"));
            var sample = DistanceMatrix.Sample(vectors, settings.SampleSize, settings.Seed);
            var sampleVectors = sample.Indices.Select(i => vectors[i]).ToArray();
            var kMin = Math.Clamp(settings.KMin, 2, kMax);
            var scores = new List<(int k, double silhouette)>();
            for (var candidate = kMin; candidate <= kMax; candidate++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fit = KMeans.Fit(sampleVectors, candidate, settings.Seed, restarts: 2, cancellationToken);
                var full = new int[vectors.Length];
                for (var i = 0; i < sample.Count; i++) full[sample.Indices[i]] = fit.Assignments[i];
                scores.Add((candidate, ClusterQuality.Silhouette(sample, full)));
                progress?.Report((0.05 + 0.55 * (candidate - kMin + 1) / (kMax - kMin + 1), $"choosing the number of clusters ({candidate} of {kMax})"));
            }
            (k, var best) = scores.MaxBy(s => s.silhouette);
            choice = $"{k}: best silhouette ({best:0.000}) for k from {kMin} to {kMax} on {sample.Count} sampled submissions";
        }

        progress?.Report((0.6, $"clustering into {k}"));
        // Restarts are cheap on a small corpus, and k-means on a few hundred points depends on where it starts.
        var restarts = points.Count <= SmallCorpus ? Math.Max(settings.Restarts, 10) : settings.Restarts;
        var result = KMeans.Fit(vectors, k, settings.Seed, restarts, cancellationToken);

        progress?.Report((0.8, "measuring, labelling and finding near-duplicates"));
        var silhouette = k > 1 ? ClusterQuality.Silhouette(vectors, result.Assignments, settings.SampleSize, settings.Seed) : 0;
        var daviesBouldin = ClusterQuality.DaviesBouldin(vectors, result.Assignments, result.Centroids);
        var duplicates = NearDuplicates.Groups(points, result.Assignments);

        var byCluster = Enumerable.Range(0, result.Centroids.Length)
            .Select(c => Enumerable.Range(0, points.Count).Where(i => result.Assignments[i] == c).ToArray())
            .Where(members => members.Length > 0)
            .ToList();
        var terms = ClusterLabels.Top(byCluster.Select(m => (IReadOnlyList<string>)m.Select(i => points[i].Text).ToList()).ToList());
        var clusters = byCluster.Select((members, number) =>
        {
            var centroid = VectorMath.Normalized(result.Centroids[result.Assignments[members[0]]]);
            var ranked = members
                .Select(i => new ClusterMemberResult(points[i].Id, Math.Round(VectorMath.Cosine(vectors[i], centroid), 4)))
                .OrderByDescending(m => m.Similarity).ThenBy(m => m.Id)
                .ToList();
            var set = members.ToHashSet();
            var groups = duplicates.Where(g => set.Contains(g[0]))
                .Select(g => (IReadOnlyList<Guid>)g.Select(i => points[i].Id).ToList()).ToList();
            return new ClusterResult(number, terms[number], ranked, groups);
        })
        // Largest first, so cluster numbers read in order of size.
        .OrderByDescending(c => c.Members.Count).ThenBy(c => c.Members[0].Id)
        .Select((c, number) => c with { Number = number })
        .ToList();

        progress?.Report((1, "done"));
        return new ClusteringOutcome(k, choice, result.Seed, Math.Round(silhouette, 4), Math.Round(daviesBouldin, 4), clusters, clock.Elapsed);
    }

    /// <summary>How many different vectors there are, counting no further than <paramref name="cap"/>.</summary>
    static int DistinctUpTo(float[][] vectors, int cap)
    {
        var seen = new HashSet<string>();
        foreach (var v in vectors)
            if (seen.Add(Convert.ToBase64String(VectorCodec.ToBytes(v))) && seen.Count > cap) break;
        return seen.Count;
    }
}
