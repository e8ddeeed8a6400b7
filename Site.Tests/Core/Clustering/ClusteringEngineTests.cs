using CommunityVoice.Core.Clustering;

namespace CommunityVoice.Tests.Core.Clustering;

public class ClusteringEngineTests
{
    /// <summary>Points around a few well-separated unit directions, with a seeded jitter.</summary>
    static List<ClusterPoint> Blobs(int groups, int perGroup, int dimensions = 16, double jitter = 0.05, int seed = 7)
    {
        var random = new Random(seed);
        var points = new List<ClusterPoint>();
        for (var g = 0; g < groups; g++)
            for (var i = 0; i < perGroup; i++)
            {
                var v = new float[dimensions];
                v[g % dimensions] = 1;
                for (var d = 0; d < dimensions; d++) v[d] += (float)((random.NextDouble() - 0.5) * jitter);
                points.Add(new ClusterPoint(Guid.NewGuid(), $"group{g} topic{g} text {i}", VectorMath.Normalized(v)));
            }
        return points;
    }

    static int[] Assignments(List<ClusterPoint> points, ClusteringOutcome outcome)
    {
        var index = points.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var result = new int[points.Count];
        foreach (var cluster in outcome.Clusters)
            foreach (var member in cluster.Members) result[index[member.Id]] = cluster.Number;
        return result;
    }

    [Fact]
    public void SeparatedGroupsAreFoundWithTheRightKAndTheSameSeedGivesTheSameClusters()
    {
        var points = Blobs(4, 25);
        var truth = points.Select((_, i) => i / 25).ToArray();

        var auto = ClusteringEngine.Run(points, new ClusteringSettings { KMin = 2, KMax = 8 });
        Assert.Equal(4, auto.K);
        Assert.Contains("silhouette", auto.KChoice);
        Assert.Equal(1.0, ClusterQuality.Nmi(truth, Assignments(points, auto)), 3);
        Assert.True(auto.Silhouette > 0.8, $"silhouette {auto.Silhouette}");

        var again = ClusteringEngine.Run(points, new ClusteringSettings { KMin = 2, KMax = 8 });
        Assert.Equal(Assignments(points, auto), Assignments(points, again));
        Assert.All(auto.Clusters, c => Assert.Contains(c.Terms, t => t.StartsWith("group") || t.StartsWith("topic")));
    }

    [Fact]
    public void AnEmptyCorpusIsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<ClusteringException>(() => ClusteringEngine.Run([], new ClusteringSettings()));
        Assert.Contains("no published submissions", error.Message);
    }

    [Fact]
    public void OneSubmissionIdenticalTextsAndKLargerThanTheCorpusGiveSensibleResults()
    {
        var one = ClusteringEngine.Run([new ClusterPoint(Guid.NewGuid(), "only one", VectorMath.Normalized([1f, 2f, 3f]))], new ClusteringSettings());
        Assert.Equal(1, one.K);
        Assert.Single(one.Clusters);

        var same = Enumerable.Range(0, 10).Select(_ => new ClusterPoint(Guid.NewGuid(), "the same words", VectorMath.Normalized([1f, 1f, 0f]))).ToList();
        var identical = ClusteringEngine.Run(same, new ClusteringSettings());
        Assert.Equal(1, identical.K);
        Assert.Contains("all submissions are the same", identical.KChoice);
        Assert.Equal(10, identical.Clusters.Single().Members.Count);

        var small = Blobs(2, 3);
        var tooMany = ClusteringEngine.Run(small, new ClusteringSettings { K = 50 });
        Assert.Equal(6, tooMany.K);
        Assert.Contains("only 6 different submissions", tooMany.KChoice);
    }

    [Fact]
    public void VectorsOfAnotherSizeOrNotNumbersAreRefused()
    {
        var points = Blobs(2, 5);
        points.Add(new ClusterPoint(Guid.NewGuid(), "odd", [1f, 0f]));
        Assert.Contains("another size", Assert.Throws<ClusteringException>(() => ClusteringEngine.Run(points, new ClusteringSettings())).Message);
    }

    [Fact]
    public void NearDuplicateLinksAreGroupedWithinAClusterOnly()
    {
        var points = Blobs(2, 4);
        points[1] = points[1] with { DuplicateOf = points[0].Id };
        points[2] = points[2] with { DuplicateOf = points[1].Id };
        points[5] = points[5] with { DuplicateOf = points[0].Id }; // in the other group: left out

        var outcome = ClusteringEngine.Run(points, new ClusteringSettings { K = 2 });
        var groups = outcome.Clusters.SelectMany(c => c.DuplicateGroups).ToList();
        var group = Assert.Single(groups);
        Assert.Equal(new[] { points[0].Id, points[1].Id, points[2].Id }.Order(), group.Order());
    }

    [Fact]
    public void NearestEarlierFindsTheClosestAboveTheThreshold()
    {
        float[][] earlier = [VectorMath.Normalized([1f, 0f, 0f]), VectorMath.Normalized([1f, 0.1f, 0f]), VectorMath.Normalized([0f, 1f, 0f])];
        var near = NearDuplicates.NearestEarlier(VectorMath.Normalized([1f, 0.12f, 0f]), earlier, 0.9);
        Assert.Equal(1, near!.Value.Index);
        Assert.Null(NearDuplicates.NearestEarlier(VectorMath.Normalized([0f, 0f, 1f]), earlier, 0.9));
    }
}
