using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Tests.Unit.Matching;

/// <summary>FEBRL dataset1: 1,000 records, 500 true pairs. Bounds sit below the measured figures (all 1.0) with margin.</summary>
public sealed class FebrlDedupeTests
{
    [Fact]
    public void FindsTheDuplicatesOfDataset1WithoutLabels()
    {
        var records = FebrlData.Read("dataset1.csv");

        var result = new MatchEngine().Deduplicate(records);

        var candidatesFound = result.CandidatePairs.Count(p => FebrlData.EntityOf(records[p.Left].Id) == FebrlData.EntityOf(records[p.Right].Id));
        var linked = result.Pairs.Where(p => p.Band == MatchBand.AutoLink).ToList();
        var truePositives = linked.Count(p => FebrlData.EntityOf(p.LeftId) == FebrlData.EntityOf(p.RightId));
        var (precision, recall) = ((double)truePositives / linked.Count, truePositives / 500.0);
        Assert.True(candidatesFound >= 495, $"blocking kept {candidatesFound} of 500 true pairs");
        Assert.True(result.CandidatePairCount <= 5_000, $"blocking made {result.CandidatePairCount} candidate pairs");
        Assert.True(precision >= 0.98, $"precision {precision:F4}");
        Assert.True(recall >= 0.97, $"recall {recall:F4}");
        Assert.True(2 * precision * recall / (precision + recall) >= 0.98);
    }

    [Fact]
    public void ClustersDataset1IntoItsTruePairs()
    {
        var records = FebrlData.Read("dataset1.csv");

        var result = new MatchEngine().Deduplicate(records);

        var exact = result.Clusters.Count(c => c.RecordIds.Select(FebrlData.EntityOf).Distinct().Count() == 1 && c.RecordIds.Count == 2);
        Assert.True(exact >= 475, $"{exact} of 500 clusters recovered exactly");
        Assert.All(result.Clusters, c => Assert.True(c.RecordIds.Count <= 3));
    }
}
