namespace CommunityVoice.Core.Clustering;

/// <summary>
/// Near-identical submissions. Each submission is compared once, when its vector is stored, with the vectors
/// stored before it (<see cref="NearestEarlier"/>, a linear scan like a similar-suggestion query), and the closest
/// one above the threshold is kept as its link. A clustering run then only joins the links (union–find), so it
/// never compares all pairs.
/// </summary>
public static class NearDuplicates
{
    /// <summary>The most similar of <paramref name="earlier"/> with a cosine of at least <paramref name="threshold"/>, if any.</summary>
    public static (int Index, double Similarity)? NearestEarlier(ReadOnlySpan<float> vector, IReadOnlyList<float[]> earlier, double threshold)
    {
        var best = -1;
        double bestSimilarity = threshold;
        for (var i = 0; i < earlier.Count; i++)
        {
            var similarity = VectorMath.Dot(vector, earlier[i]);
            if (similarity >= bestSimilarity) { bestSimilarity = similarity; best = i; }
        }
        return best < 0 ? null : (best, bestSimilarity);
    }

    /// <summary>Groups of points joined by their links, within one cluster (a link across clusters is left out).</summary>
    public static List<int[]> Groups(IReadOnlyList<ClusterPoint> points, int[] assignments)
    {
        var index = new Dictionary<Guid, int>(points.Count);
        for (var i = 0; i < points.Count; i++) index[points[i].Id] = i;
        var parent = Enumerable.Range(0, points.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }

        for (var i = 0; i < points.Count; i++)
            if (points[i].DuplicateOf is { } other && index.TryGetValue(other, out var j) && assignments[i] == assignments[j])
            {
                var (ri, rj) = (Find(i), Find(j));
                if (ri != rj) parent[Math.Max(ri, rj)] = Math.Min(ri, rj);
            }
        return Enumerable.Range(0, points.Count).GroupBy(Find).Where(g => g.Count() > 1).Select(g => g.ToArray()).ToList();
    }
}
