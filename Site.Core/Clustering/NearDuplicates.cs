namespace CommunityVoice.Core.Clustering;

/// <summary>
/// Groups of near-identical texts: pairs whose unit vectors have a cosine similarity of at least the
/// threshold, joined transitively (union–find). Only points in the same cluster are compared, which keeps
/// the work to the sum of the squared cluster sizes.
/// </summary>
public static class NearDuplicates
{
    public static List<int[]> Groups(IReadOnlyList<float[]> vectors, int[] assignments, double threshold, CancellationToken cancellationToken = default)
    {
        var parent = Enumerable.Range(0, vectors.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }

        var byCluster = Enumerable.Range(0, vectors.Count).GroupBy(i => assignments[i]).Select(g => g.ToArray()).ToList();
        var gate = new Lock();
        Parallel.ForEach(byCluster, new ParallelOptions { CancellationToken = cancellationToken }, members =>
        {
            var found = new List<(int, int)>();
            for (var a = 0; a < members.Length; a++)
                for (var b = a + 1; b < members.Length; b++)
                    if (VectorMath.Dot(vectors[members[a]], vectors[members[b]]) >= threshold)
                        found.Add((members[a], members[b]));
            lock (gate)
                foreach (var (x, y) in found)
                {
                    var (rx, ry) = (Find(x), Find(y));
                    if (rx != ry) parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
                }
        });
        return Enumerable.Range(0, vectors.Count).GroupBy(Find).Where(g => g.Count() > 1).Select(g => g.ToArray()).ToList();
    }
}
