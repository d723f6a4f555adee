using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class BusinessNumberConflictTests
{
    [Fact]
    public void ADifferentBusinessNumberLowersTheScore()
    {
        var records = OrganisationRecords.Create(600);
        var trained = new MatchEngine().Deduplicate(records);
        var index = new MatchIndex(new MatchModel(ComparisonSet.Default(), trained.Parameters));
        var original = records[0];
        index.Add(original);
        var lookalike = original with { Phone = null, Street = null, Postcode = null };

        var sameNumber = index.Score(lookalike with { Id = "same" }, MatchBand.Ignore).Single();
        var otherNumber = index.Score(lookalike with { Id = "other", BusinessNumber = "9429999999999" }, MatchBand.Ignore).Single();

        var conflict = otherNumber.Comparisons.Single(c => c.Comparison == "BusinessNumber");
        Assert.Equal("Conflict", conflict.Level);
        Assert.True(conflict.Weight <= -5, $"a conflict weighs {conflict.Weight:F2} bits");
        Assert.True(otherNumber.TotalWeight < sameNumber.TotalWeight - 10);
        Assert.True(otherNumber.Probability < sameNumber.Probability);
    }
}
