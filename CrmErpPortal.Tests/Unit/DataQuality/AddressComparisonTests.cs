using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>The tiers of NZAU.md §2.4.</summary>
public sealed class AddressComparisonTests
{
    [Theory]
    [InlineData("Unit 3, 12 Smith St", "3/12 Smith Street")]
    [InlineData("U 3 12 SMITH ST", "Unit 3, 12 Smith St")]
    [InlineData("Flat 3, 12 Smith St", "3/12 Smith St")]
    [InlineData("Level 4, 12 Smith St", "L4 12 Smith Street")]
    [InlineData("Level 4, 12 Smith St", "4th Floor, 12 Smith St")]
    [InlineData("21 A Smith St", "21A Smith Street")]
    [InlineData("12 Smith St N", "12 Smith Street North")]
    public void CallsDifferentWritingsOfOneAddressTheSameDeliveryPoint(string first, string second)
    {
        var match = Compare(Au(first), Au(second));

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, match.Tier);
        Assert.Equal("Same delivery point", match.Reason);
    }

    [Fact]
    public void FoldsMacronsAndSpellsLocalitiesInFull()
    {
        var a = Nz("12 Main St", locality: "Palmerston North", suburb: "Hokowhitu", postcode: "4410");
        var b = Nz("12 Main Street", locality: "PALMERSTON NORTH", suburb: "Hōkowhitu", postcode: "4410");

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, AddressComparison.Compare(a, b).Tier);
    }

    [Fact]
    public void CallsNthSydneyAndNorthSydneyTheSame()
    {
        var a = AddressParser.Parse(new AddressInput("12 Smith St", Locality: "Nth Sydney", State: "NSW", Postcode: "2060", Country: "AU"));
        var b = AddressParser.Parse(new AddressInput("12 Smith Street, North Sydney NSW 2060"));

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, AddressComparison.Compare(a, b).Tier);
    }

    [Fact]
    public void CallsStKildaRdAndSaintKildaRoadTheSame()
    {
        var match = Compare(Au("100 St Kilda Rd"), Au("100 Saint Kilda Road"));

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, match.Tier);
    }

    [Theory]
    [InlineData("Unit 3, 12 Smith St", "Unit 4, 12 Smith St", "Same building, different unit")]
    [InlineData("Level 4, 12 Smith St", "Level 5, 12 Smith St", "Same building, different level")]
    [InlineData("Level 4, 12 Smith St", "12 Smith St", "Same building, different level")]
    public void CallsOtherUnitsOrLevelsTheSameBuilding(string first, string second, string reason)
    {
        var match = Compare(Au(first), Au(second));

        Assert.Equal(AddressMatchTier.SameBuilding, match.Tier);
        Assert.Equal(reason, match.Reason);
    }

    [Fact]
    public void CallsAOneLetterStreetNameDifferenceProbable()
    {
        var match = Compare(Au("12 Smith St"), Au("12 Smyth St"));

        Assert.Equal(AddressMatchTier.Probable, match.Tier);
        Assert.Equal("Street name differs by one letter", match.Reason);
    }

    [Fact]
    public void CallsASuburbMissingOnOneSideProbable()
    {
        var match = Compare(Nz("1 Queen Street", locality: "Auckland", suburb: "Auckland Central"), Nz("1 Queen Street", locality: "Auckland"));

        Assert.Equal(AddressMatchTier.Probable, match.Tier);
        Assert.Equal("Suburb missing on one side", match.Reason);
    }

    [Fact]
    public void CallsALocalityMissingOnOneSideProbable()
    {
        var a = AddressParser.Parse(new AddressInput("12 Smith St", State: "NSW", Postcode: "2060", Country: "AU"));

        var match = AddressComparison.Compare(a, Au("12 Smith St"));

        Assert.Equal(AddressMatchTier.Probable, match.Tier);
        Assert.Equal("Locality missing on one side", match.Reason);
    }

    [Fact]
    public void CallsAUnitOnOneSideProbable()
    {
        var match = Compare(Au("3/12 Smith St"), Au("12 Smith St"));

        Assert.Equal(AddressMatchTier.Probable, match.Tier);
        Assert.Equal("Unit on one side only", match.Reason);
    }

    [Fact]
    public void NamesEveryReasonWhenSeveralMakeItProbable()
    {
        var match = Compare(Au("3/12 Smith St"), Au("12 Smyth St"));

        Assert.Equal(AddressMatchTier.Probable, match.Tier);
        Assert.Equal("Street name differs by one letter; Unit on one side only", match.Reason);
    }

    [Fact]
    public void CallsATypoInADifferentUnitDifferent()
    {
        var match = Compare(Au("3/12 Smith St"), Au("4/12 Smyth St"));

        Assert.Equal(AddressMatchTier.Different, match.Tier);
    }

    [Theory]
    [InlineData("12 Smith St", "14 Smith St", "Different street number")]
    [InlineData("12 Smith St", "12A Smith St", "Different street number")]
    [InlineData("12 Smith St", "12 Smith Rd", "Different street type")]
    [InlineData("12 Smith St", "12 Smith St N", "Different street suffix")]
    [InlineData("12 Smith St", "12 Jones St", "Different street")]
    [InlineData("12 Smith St", "12 Smithers St", "Different street")]
    public void CallsOtherStreetAddressesDifferent(string first, string second, string reason)
    {
        var match = Compare(Au(first), Au(second));

        Assert.Equal(AddressMatchTier.Different, match.Tier);
        Assert.Equal(reason, match.Reason);
    }

    [Fact]
    public void CallsOtherPostcodesAndLocalitiesDifferent()
    {
        var postcode = AddressComparison.Compare(Au("12 Smith St", postcode: "2060"), Au("12 Smith St", postcode: "2061"));
        var locality = AddressComparison.Compare(Au("12 Smith St", locality: "North Sydney"), Au("12 Smith St", locality: "Milsons Point"));

        Assert.Equal(("Different postcode", AddressMatchTier.Different), (postcode.Reason, postcode.Tier));
        Assert.Equal(("Different locality", AddressMatchTier.Different), (locality.Reason, locality.Tier));
    }

    [Fact]
    public void CallsTheSameStreetInTwoCountriesDifferent()
    {
        var match = Compare(Au("12 Smith St"), Nz("12 Smith St", postcode: "2060", locality: "North Sydney"));

        Assert.Equal(AddressMatchTier.Different, match.Tier);
        Assert.Equal("Different country", match.Reason);
    }

    [Fact]
    public void ComparesNzRuralAddressesByRdRoundAndMailTown()
    {
        var a = AddressParser.Parse(new AddressInput("1250 Piha Road", "RD 2", "New Lynn", Postcode: "0772", Country: "NZ"));
        var same = AddressParser.Parse(new AddressInput("1250 Piha Rd, R.D. 2, New Lynn 0772", Country: "NZ"));
        var otherRound = AddressParser.Parse(new AddressInput("1250 Piha Road", "RD 3", "New Lynn", Postcode: "0772", Country: "NZ"));

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, AddressComparison.Compare(a, same).Tier);
        Assert.Equal(AddressMatchTier.Different, AddressComparison.Compare(a, otherRound).Tier);
    }

    [Fact]
    public void CallsTheSamePoBoxTheSameDeliveryPoint()
    {
        var a = AddressParser.Parse(new AddressInput("PO Box 123", Locality: "Parramatta", State: "NSW", Postcode: "2124", Country: "AU"));
        var b = AddressParser.Parse(new AddressInput("P.O. Box 123, Parramatta NSW 2124"));

        var match = AddressComparison.Compare(a, b);

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, match.Tier);
        Assert.Equal("Same PO Box", match.Reason);
    }

    [Fact]
    public void CallsAnotherBoxNumberDifferent()
    {
        var a = AddressParser.Parse(new AddressInput("PO Box 123, Parramatta NSW 2124"));
        var b = AddressParser.Parse(new AddressInput("PO Box 124, Parramatta NSW 2124"));

        var match = AddressComparison.Compare(a, b);

        Assert.Equal(AddressMatchTier.Different, match.Tier);
        Assert.Equal("Different PO Box number", match.Reason);
    }

    [Fact]
    public void ComparesNzBoxLobbies_WhereALobbyNamedAfterTheTownSaysNothing()
    {
        var withLobby = AddressParser.Parse(new AddressInput("PO Box 5", "Auckland", "Auckland", Postcode: "1140", Country: "NZ"));
        var withoutLobby = AddressParser.Parse(new AddressInput("PO Box 5", Locality: "Auckland", Postcode: "1140", Country: "NZ"));
        var otherLobby = AddressParser.Parse(new AddressInput("PO Box 5", "Shortland Street", "Auckland", Postcode: "1140", Country: "NZ"));

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, AddressComparison.Compare(withLobby, withoutLobby).Tier);
        Assert.Equal(AddressMatchTier.Probable, AddressComparison.Compare(withoutLobby, otherLobby).Tier);
    }

    [Fact]
    public void NeverCallsAPoBoxTheSameAsAStreetAddress()
    {
        var box = AddressParser.Parse(new AddressInput("PO Box 12", Locality: "Sydney", State: "NSW", Postcode: "2000", Country: "AU"));

        var match = AddressComparison.Compare(box, Au("12 Smith St", postcode: "2000", locality: "Sydney"));

        Assert.Equal(AddressMatchTier.NeverTheSame, match.Tier);
        Assert.Equal("A PO Box is never the same as a street address", match.Reason);
    }

    [Fact]
    public void NeverCallsTwoBoxTypesTheSame()
    {
        var poBox = AddressParser.Parse(new AddressInput("PO Box 7", Locality: "Wellington", Postcode: "6140", Country: "NZ"));
        var privateBag = AddressParser.Parse(new AddressInput("Private Bag 7", Locality: "Wellington", Postcode: "6140", Country: "NZ"));

        var match = AddressComparison.Compare(poBox, privateBag);

        Assert.Equal(AddressMatchTier.NeverTheSame, match.Tier);
        Assert.Equal("PO Box and Private Bag are different box types", match.Reason);
    }

    [Fact]
    public void LetsEqualDeliveryPointIdsDecide()
    {
        var a = Au("12 Smith St") with { DeliveryPointId = "DPID:1" };
        var b = Au("12 Smyth Street") with { DeliveryPointId = "DPID:1" };

        var match = AddressComparison.Compare(a, b);

        Assert.Equal(AddressMatchTier.SameDeliveryPoint, match.Tier);
        Assert.Equal("Same delivery-point id", match.Reason);
    }

    [Fact]
    public void SendsMatchingPartsWithDifferentIdsToAStewardInstead()
    {
        var a = Au("12 Smith St") with { DeliveryPointId = "DPID:1" };
        var b = Au("12 Smith St") with { DeliveryPointId = "DPID:2" };

        var match = AddressComparison.Compare(a, b);

        Assert.Equal(AddressMatchTier.Probable, match.Tier);
    }

    [Fact]
    public void IsSymmetric()
    {
        var pairs = new[] { (Au("3/12 Smith St"), Au("12 Smyth St")), (Au("Unit 3, 12 Smith St"), Au("Unit 4, 12 Smith St")) };

        foreach (var (a, b) in pairs)
        {
            Assert.Equal(AddressComparison.Compare(a, b), AddressComparison.Compare(b, a));
        }
    }

    private static AddressMatch Compare(NormalizedAddress a, NormalizedAddress b) => AddressComparison.Compare(a, b);

    private static NormalizedAddress Au(string line, string postcode = "2060", string locality = "North Sydney") =>
        AddressParser.Parse(new AddressInput(line, Locality: locality, State: "NSW", Postcode: postcode, Country: "AU"));

    private static NormalizedAddress Nz(string line, string locality = "Auckland", string? suburb = null, string postcode = "1010") =>
        AddressParser.Parse(new AddressInput(line, suburb, locality, Postcode: postcode, Country: "NZ"));
}
