using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Tests.Core.Clustering;

public class RankerTests
{
    static readonly Counties Counties = new([new County("35001", "Bernalillo County", 600_000), new County("35029", "Luna County", 25_000), new County("35028", "Los Alamos County", 19_000)]);

    [Fact]
    public void UnderRepresentedCountiesWeighMoreAndEveryPartIsShown()
    {
        // Bernalillo sends 90 % of submissions for 93 % of people; Luna 1 % for 3.9 %; Los Alamos 9 % for 2.9 %.
        var byCounty = new Dictionary<string, int> { ["35001"] = 90, ["35029"] = 1, ["35028"] = 9 };
        var luna = new RankSubject(3, 2, ["35029", "35029", null], 1, ["Health (1)"], null);
        var losAlamos = new RankSubject(3, 2, ["35028", "35028", "35028"], 1, ["Health (1)"], null);
        var ranker = new Ranker(Counties, byCounty, [luna, losAlamos]);

        Assert.True(ranker.CountyWeight("35029").Weight > 3);
        Assert.True(ranker.CountyWeight("35028").Weight < 0.5);
        Assert.Equal(1, ranker.CountyWeight(null).Weight);
        var weights = new RankingWeights();
        var lunaScore = ranker.Score(luna, weights);
        var losAlamosScore = ranker.Score(losAlamos, weights);
        Assert.True(lunaScore.Total > losAlamosScore.Total);
        Assert.Equal(["Supporters", "Size", "Reach", "Equity", "Alignment", "Rubric"], lunaScore.Parts.Select(p => p.Part));
        Assert.Equal(lunaScore.Total, lunaScore.Parts.Sum(p => p.Points), 0);
        Assert.Contains("not scored yet", lunaScore.Parts.Single(p => p.Part == "Rubric").Raw);
    }

    [Fact]
    public void TheRubricAndTheWeightsMoveTheScore()
    {
        var subject = new RankSubject(5, 3, ["35001"], 0, [], new Rubric(5, 5, 1));
        var risky = subject with { Rubric = new Rubric(1, 1, 5) };
        var ranker = new Ranker(Counties, new Dictionary<string, int> { ["35001"] = 5 }, [subject]);
        Assert.True(ranker.Score(subject, new RankingWeights()).Total > ranker.Score(risky, new RankingWeights()).Total);
        Assert.Equal(100 * 1.0, ranker.Score(subject, new RankingWeights { Supporters = 0, Size = 0, Reach = 0, Equity = 0, Alignment = 0, Rubric = 1 }).Total);
        Assert.NotNull(new RankingWeights { Supporters = -1 }.Problem());
        Assert.NotNull(new RankingWeights { Supporters = 0, Size = 0, Reach = 0, Equity = 0, Alignment = 0, Rubric = 0 }.Problem());
        Assert.NotNull(new Rubric(0, 3, 3).Problem());
    }
}
