using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class MatchIndexTests
{
    private static readonly Lazy<MatchModel> Model = new(() =>
        new MatchModel(ComparisonSet.Default(), new MatchEngine().Deduplicate(FebrlData.Read("dataset1.csv")).Parameters));

    [Fact]
    public void ScoresANewRecordAgainstItsDuplicateFirst()
    {
        var records = FebrlData.Read("dataset1.csv");
        var index = new MatchIndex(Model.Value);
        index.AddRange(records.Where(r => r.Id != "rec-0-dup-0"));
        var duplicate = records.Single(r => r.Id == "rec-0-dup-0");

        var matches = index.Score(duplicate);

        Assert.Equal("rec-0-org", matches[0].RightId);
        Assert.Equal(MatchBand.AutoLink, matches[0].Band);
    }

    [Fact]
    public void ForgetsARemovedRecord()
    {
        var records = FebrlData.Read("dataset1.csv");
        var index = new MatchIndex(Model.Value);
        index.AddRange(records);
        var duplicate = records.Single(r => r.Id == "rec-0-dup-0");

        var removed = index.Remove("rec-0-org");
        var matches = index.Score(duplicate);

        Assert.True(removed);
        Assert.Equal(records.Count - 1, index.Count);
        Assert.DoesNotContain(matches, m => m.RightId == "rec-0-org");
    }

    [Fact]
    public void NeverMatchesARecordWithItself()
    {
        var records = FebrlData.Read("dataset1.csv");
        var index = new MatchIndex(Model.Value);
        index.AddRange(records);

        var matches = index.Score(records[0]);

        Assert.DoesNotContain(matches, m => m.RightId == records[0].Id);
    }
}
