using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Postal delivery lines and NZ rural delivery (NZAU.md §2.1–2.2).</summary>
public sealed class AddressParserPostalTests
{
    [Theory]
    [InlineData("PO Box 123", PostalDeliveryType.PoBox, "123")]
    [InlineData("P.O. Box 123", PostalDeliveryType.PoBox, "123")]
    [InlineData("Post Office Box 123", PostalDeliveryType.PoBox, "123")]
    [InlineData("GPO Box 1234", PostalDeliveryType.GpoBox, "1234")]
    [InlineData("G.P.O. Box 1234", PostalDeliveryType.GpoBox, "1234")]
    [InlineData("Locked Bag 5", PostalDeliveryType.LockedBag, "5")]
    [InlineData("Private Bag 7", PostalDeliveryType.PrivateBag, "7")]
    [InlineData("RMB 12", PostalDeliveryType.RoadsideMailBox, "12")]
    [InlineData("RSD 4", PostalDeliveryType.RoadsideDelivery, "4")]
    [InlineData("RMS 9", PostalDeliveryType.RoadsideMailService, "9")]
    [InlineData("CMB 3", PostalDeliveryType.CommunityMailBag, "3")]
    [InlineData("CMA 3", PostalDeliveryType.CommunityMailAgent, "3")]
    [InlineData("CPA 3", PostalDeliveryType.CommunityPostalAgent, "3")]
    [InlineData("MS 3", PostalDeliveryType.MailService, "3")]
    public void ReadsAustralianPostalDeliveryLines(string line, PostalDeliveryType type, string number)
    {
        var address = AddressParser.Parse(new AddressInput(line, Locality: "Sydney", State: "NSW", Postcode: "2001", Country: "AU"));

        Assert.Equal(type, address.PostalDeliveryType);
        Assert.Equal(number, address.PostalDeliveryNumber);
        Assert.True(address.IsPostal);
        Assert.Null(address.StreetName);
        Assert.False(address.HasErrors);
    }

    [Fact]
    public void ReadsCarePoWithoutANumber()
    {
        var address = AddressParser.Parse(new AddressInput("Care PO", Locality: "Alice Springs", State: "NT", Postcode: "0870", Country: "AU"));

        Assert.Equal(PostalDeliveryType.CarePostOffice, address.PostalDeliveryType);
        Assert.Null(address.PostalDeliveryNumber);
        Assert.False(address.HasErrors);
    }

    [Fact]
    public void ReadsAPoBoxAndItsLastLineFromOneString()
    {
        var address = AddressParser.Parse(new AddressInput("PO Box 123, Parramatta NSW 2124"));

        Assert.Equal(PostalDeliveryType.PoBox, address.PostalDeliveryType);
        Assert.Equal("123", address.PostalDeliveryNumber);
        Assert.Equal("PARRAMATTA", address.Locality);
        Assert.Equal("NSW", address.State);
        Assert.Equal("2124", address.Postcode);
        Assert.Equal("AU", address.Country);
    }

    [Fact]
    public void ReadsAnNzPoBoxWithItsLobby_JoiningTheBoxNumber()
    {
        var address = AddressParser.Parse(new AddressInput("PO Box 23 226", "Victoria Street West", "Auckland", Postcode: "1142", Country: "New Zealand"));

        Assert.Equal(PostalDeliveryType.PoBox, address.PostalDeliveryType);
        Assert.Equal("23226", address.PostalDeliveryNumber);
        Assert.Equal("VICTORIA STREET WEST", address.Lobby);
        Assert.Equal("AUCKLAND", address.Locality);
        Assert.Equal("1142", address.Postcode);
        Assert.False(address.HasErrors);
    }

    [Fact]
    public void DropsALobbyThatNamesTheTown()
    {
        var address = AddressParser.Parse(new AddressInput("Private Bag 92019", "Auckland", "Auckland", Postcode: "1142", Country: "NZ"));

        Assert.Equal(PostalDeliveryType.PrivateBag, address.PostalDeliveryType);
        Assert.Null(address.Lobby);
    }

    [Fact]
    public void RefusesAStreetLineBesideAPoBox()
    {
        var address = AddressParser.Parse(new AddressInput("PO Box 5", "12 Smith St", "Sydney", "NSW", "2000", "AU"));

        Assert.Contains(address.Issues, i => i.Field == AddressField.PostalDelivery && i.Severity == AddressIssueSeverity.Error
            && i.Message == "Use either a street address or a PO Box, not both");
    }

    [Fact]
    public void AsksForTheBoxNumber()
    {
        var address = AddressParser.Parse(new AddressInput("Locked Bag", Locality: "Sydney", State: "NSW", Postcode: "1000", Country: "AU"));

        Assert.Contains(address.Issues, i => i.Message == "Locked Bag number is missing");
    }

    [Theory]
    [InlineData("RD 2")]
    [InlineData("R.D. 2")]
    [InlineData("RD2")]
    [InlineData("Rural Delivery 2")]
    public void ReadsNzRuralDelivery(string rd)
    {
        var address = AddressParser.Parse(new AddressInput("1250 Piha Road", rd, "New Lynn", Postcode: "0772", Country: "NZ"));

        Assert.Equal("2", address.RuralDeliveryNumber);
        Assert.Equal("1250", address.StreetNumber);
        Assert.Equal("PIHA", address.StreetName);
        Assert.Equal("NEW LYNN", address.Locality);
        Assert.Null(address.Suburb);
        Assert.False(address.HasErrors);
    }

    [Fact]
    public void ReadsARuralAddressFromOneString_AndTakesNzFromTheRd()
    {
        var address = AddressParser.Parse(new AddressInput("123 Rural Road, RD 2, Kaiwaka 0573"));

        Assert.Equal("NZ", address.Country);
        Assert.Equal("2", address.RuralDeliveryNumber);
        Assert.Equal("KAIWAKA", address.Locality);
        Assert.Equal("0573", address.Postcode);
    }

    [Fact]
    public void DoesNotTakeBoxHillForAPoBox()
    {
        var address = AddressParser.Parse(new AddressInput("12 Station St", Locality: "Box Hill", State: "VIC", Postcode: "3128", Country: "AU"));

        Assert.Null(address.PostalDeliveryType);
        Assert.Equal("BOX HILL", address.Locality);
    }
}
