using System.Text.Json;
using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class MatchEvidenceTests
{
    private static readonly Lazy<MatchResult> Dataset1 = new(() => new MatchEngine().Deduplicate(FebrlData.Read("dataset1.csv")));

    [Fact]
    public void PriorPlusComparisonWeightsIsTheTotalWeight()
    {
        var pairs = Dataset1.Value.Pairs;

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Equal(p.TotalWeight, p.PriorWeight + p.Comparisons.Sum(c => c.Weight), 9));
    }

    [Fact]
    public void ProbabilityFollowsFromTheTotalWeight()
    {
        var pair = Dataset1.Value.Pairs[^1];

        Assert.Equal(1 / (1 + Math.Pow(2, -pair.TotalWeight)), pair.Probability, 12);
    }

    [Fact]
    public void NullLevelsCarryNoWeight()
    {
        var nulls = Dataset1.Value.Pairs.SelectMany(p => p.Comparisons).Where(c => c.Level == "Null").ToList();

        Assert.Contains(nulls, c => c.Comparison == "Phone");
        Assert.All(nulls, c => Assert.Equal(0, c.Weight));
    }

    [Fact]
    public void EvidenceSurvivesAJsonRoundTrip()
    {
        var pair = Dataset1.Value.Pairs[0];

        var json = JsonSerializer.Serialize(pair, MatchJson.Options);
        var back = JsonSerializer.Deserialize<PairEvidence>(json, MatchJson.Options)!;

        Assert.Contains("\"band\": \"AutoLink\"", json);
        Assert.Equal(pair.TotalWeight, back.TotalWeight);
        Assert.Equal(pair.Comparisons, back.Comparisons);
    }

    [Fact]
    public void SavedParametersScoreExactlyLikeTheTrainedOnes()
    {
        var trained = Dataset1.Value;
        var parameters = ModelParameters.FromJson(trained.Parameters.ToJson());

        var rescored = new MatchEngine(new MatchEngineOptions { Parameters = parameters }).Deduplicate(FebrlData.Read("dataset1.csv"));

        Assert.Equal(trained.Pairs.Select(p => p.Probability), rescored.Pairs.Select(p => p.Probability));
    }
}
