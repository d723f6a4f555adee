using CrmErpPortal.Matching.Clustering;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class DuplicateClustererTests
{
    [Fact]
    public void JoinsPairsTransitivelyAboveTheThreshold()
    {
        PairEvidence[] pairs = [Pair("a", "b", 0.99), Pair("b", "c", 0.95), Pair("c", "d", 0.5), Pair("e", "f", 0.97)];

        var clusters = DuplicateClusterer.Cluster(pairs, minimumProbability: 0.9);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(["a", "b", "c"], clusters[0].RecordIds);
        Assert.Equal(0.95, clusters[0].WeakestLinkProbability);
        Assert.Equal(["e", "f"], clusters[1].RecordIds);
    }

    [Theory]
    [InlineData(0.95, MatchBand.AutoLink)]
    [InlineData(0.9, MatchBand.AutoLink)]
    [InlineData(0.5, MatchBand.Review)]
    [InlineData(0.1, MatchBand.Ignore)]
    public void BandsFollowTheThresholds(double probability, MatchBand expected)
    {
        var band = new MatchThresholds(AutoLink: 0.9, Review: 0.2).BandOf(probability);

        Assert.Equal(expected, band);
    }

    private static PairEvidence Pair(string left, string right, double probability) =>
        new(left, right, 0, [], 0, probability, MatchBand.Review);
}
