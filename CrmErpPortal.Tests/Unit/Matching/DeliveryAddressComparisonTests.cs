using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Tests.Unit.Matching;

/// <summary>The engine's address comparison reads addresses by the NZ/AU rules and scores them by the NZAU.md §2.4 tiers.</summary>
public sealed class DeliveryAddressComparisonTests
{
    private static readonly DeliveryAddressComparison Address = new();

    [Theory]
    [InlineData("12", "Smith Street", "Unit 3", "3/12", "Smith St", null, "SameDeliveryPoint")]
    [InlineData("12", "Smith Street", null, "12", "SMITH ST.", null, "SameDeliveryPoint")]
    [InlineData("12", "Smith Street", "Unit 3", "12", "Smith St", "Flat 3", "SameDeliveryPoint")]
    [InlineData("3/12", "Smith Street", null, "4/12", "Smith St", null, "SameBuilding")]
    [InlineData("12", "Smith Street", "Level 2", "12", "Smith Street", "Level 5", "SameBuilding")]
    [InlineData("12", "Smith Street", "Unit 3", "12", "Smith Street", null, "Probable")]
    [InlineData("12", "Smith Street", null, "12", "Smiht Street", null, "Probable")]
    [InlineData("12", "Smith Street", null, null, "PO Box 12", null, "NeverTheSame")]
    [InlineData("12", "Smith Street", null, "12", "Smith Stret", null, "StreetClose")]
    [InlineData("12", "Smith Street", null, "12", "Smith Road", null, "Different")]
    [InlineData("12", "Smith Street", null, "14", "Smith Street", null, "StreetClose")]
    [InlineData("12", "Smith Street", null, "48", "Jones Avenue", null, "Different")]
    public void PairsOfAddressesReachTheirTier(string numberA, string streetA, string? extraA, string? numberB, string? streetB, string? extraB, string expected)
    {
        var level = Level(Record("a", numberA, streetA, extraA), Record("b", numberB, streetB, extraB));

        Assert.Equal(expected, level);
    }

    [Fact]
    public void LocalityAndPostcodeAreLeftToTheirOwnComparisons()
    {
        var a = Record("a", "12", "Smith Street", null) with { Locality = "North Sydney", Postcode = "2060" };
        var b = Record("b", "12", "Smith St", null) with { Locality = "Chatswood", Postcode = "2067" };

        Assert.Equal("SameDeliveryPoint", Level(a, b));
    }

    [Fact]
    public void ARecordWithoutAnyAddressIsNull()
    {
        var a = new MatchRecord("a", RecordKind.Organisation) { OrganisationName = "Acme" };

        Assert.Equal(Comparison.Null, Address.Compare(RecordPreparer.Prepare(a), RecordPreparer.Prepare(Record("b", "12", "Smith St", null))));
    }

    [Fact]
    public void AnAddressAlreadyParsedByTheCallerIsUsedAsGiven()
    {
        var parsed = AddressParser.Parse(new AddressInput("Unit 3, 12 Smith Street", Locality: "Wellington", Postcode: "6011", Country: "NZ"));
        var a = new MatchRecord("a", RecordKind.Organisation) { ParsedAddress = parsed };
        var b = Record("b", "3/12", "Smith St", null) with { Country = "NZ" };

        Assert.Equal("SameDeliveryPoint", Level(a, b));
    }

    [Fact]
    public void TheSameDeliveryPointWeighsMoreThanTheSameBuilding()
    {
        var records = OrganisationRecords.Create(600);
        var trained = new MatchEngine().Deduplicate(records);
        var index = new MatchIndex(new MatchModel(ComparisonSet.Default(), trained.Parameters));
        var original = records[0] with { StreetNumber = "3/12", Street = "Smith Street", AddressLine2 = null };
        index.Add(original);

        var sameDoor = index.Score(original with { Id = "door", StreetNumber = "12", Street = "Smith St", AddressLine2 = "Unit 3" }, MatchBand.Ignore).Single();
        var sameBuilding = index.Score(original with { Id = "building", StreetNumber = "4/12" }, MatchBand.Ignore).Single();

        var door = sameDoor.Comparisons.Single(c => c.Comparison == "Address");
        var building = sameBuilding.Comparisons.Single(c => c.Comparison == "Address");
        Assert.Equal(("SameDeliveryPoint", "SameBuilding"), (door.Level, building.Level));
        Assert.True(door.Weight > building.Weight + 1, $"same door {door.Weight:F2} bits, same building {building.Weight:F2} bits");
    }

    private static MatchRecord Record(string id, string? number, string? street, string? extra) =>
        new(id, RecordKind.Organisation) { OrganisationName = "Acme", StreetNumber = number, Street = street, AddressLine2 = extra, Country = "AU" };

    private static string Level(MatchRecord a, MatchRecord b)
    {
        var level = Address.Compare(RecordPreparer.Prepare(a), RecordPreparer.Prepare(b));
        return level == Comparison.Null ? "Null" : Address.Levels[level].Name;
    }
}
