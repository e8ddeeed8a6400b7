using CommunityVoice.Core.Clustering;

namespace CommunityVoice.Tests.Core.Clustering;

public class ClusterQualityTests
{
    // Expected values computed with scikit-learn 1.2.1 (normalized_mutual_info_score, adjusted_rand_score).
    static readonly string[] Truth = ["a", "a", "a", "b", "b", "b", "c", "c", "c"];
    static readonly int[] Predicted = [0, 0, 1, 1, 1, 1, 2, 2, 0];

    [Fact]
    public void NmiAndAriMatchScikitLearn()
    {
        Assert.Equal(0.5895, ClusterQuality.Nmi(Truth, Predicted), 4);
        Assert.Equal(0.3571, ClusterQuality.Ari(Truth, Predicted), 4);
        Assert.Equal(1.0, ClusterQuality.Nmi(Truth, [5, 5, 5, 7, 7, 7, 9, 9, 9]), 6);
        Assert.Equal(1.0, ClusterQuality.Ari(Truth, [5, 5, 5, 7, 7, 7, 9, 9, 9]), 6);
    }

    [Fact]
    public void SilhouetteAndDaviesBouldinTellTightClustersFromMixedOnes()
    {
        float[][] points = [[0, 0], [0, 0.1f], [0.1f, 0], [10, 10], [10, 10.1f], [10.1f, 10]];
        int[] good = [0, 0, 0, 1, 1, 1], bad = [0, 1, 0, 1, 0, 1];
        float[][] goodCentroids = [[0.033f, 0.033f], [10.033f, 10.033f]], badCentroids = [[3.4f, 3.4f], [6.7f, 6.7f]];

        Assert.True(ClusterQuality.Silhouette(points, good) > 0.95);
        Assert.True(ClusterQuality.Silhouette(points, bad) < 0);
        Assert.True(ClusterQuality.DaviesBouldin(points, good, goodCentroids) < 0.05);
        Assert.True(ClusterQuality.DaviesBouldin(points, bad, badCentroids) > 1);
    }
}
