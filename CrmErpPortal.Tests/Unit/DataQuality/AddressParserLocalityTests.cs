using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Last lines, states, postcodes and countries (NZAU.md §2.1–2.2).</summary>
public sealed class AddressParserLocalityTests
{
    [Fact]
    public void ReadsAWholeAustralianAddressFromOneString()
    {
        var address = AddressParser.Parse(new AddressInput("Unit 3, 12 Smith St, North Sydney NSW 2060, Australia"));

        Assert.Equal("3", address.SubUnitNumber);
        Assert.Equal("12", address.StreetNumber);
        Assert.Equal("SMITH", address.StreetName);
        Assert.Equal("STREET", address.StreetType);
        Assert.Equal("NORTH SYDNEY", address.Locality);
        Assert.Equal("NSW", address.State);
        Assert.Equal("2060", address.Postcode);
        Assert.Equal("AU", address.Country);
        Assert.Empty(address.Issues);
    }

    [Fact]
    public void SplitsAStreetThatRunsOnIntoItsLocality()
    {
        var address = AddressParser.Parse(new AddressInput("12 Smith St North Sydney NSW 2060"));

        Assert.Equal("SMITH", address.StreetName);
        Assert.Equal("STREET", address.StreetType);
        Assert.Null(address.StreetSuffix);
        Assert.Equal("NORTH SYDNEY", address.Locality);
        Assert.Equal("2060", address.Postcode);
    }

    [Fact]
    public void SplitsStKildaRdFromTheLocalityStKilda()
    {
        var address = AddressParser.Parse(new AddressInput("100 St Kilda Rd St Kilda VIC 3182"));

        Assert.Equal("SAINT KILDA", address.StreetName);
        Assert.Equal("ROAD", address.StreetType);
        Assert.Equal("ST KILDA", address.Locality);
        Assert.Equal("VIC", address.State);
    }

    [Fact]
    public void ReadsAWholeNzAddressWithSuburb()
    {
        var address = AddressParser.Parse(new AddressInput("Flat 2, 173 Park Road, Grafton, Auckland 1023"));

        Assert.Equal("2", address.SubUnitNumber);
        Assert.Equal("173", address.StreetNumber);
        Assert.Equal("GRAFTON", address.Suburb);
        Assert.Equal("AUCKLAND", address.Locality);
        Assert.Equal("1023", address.Postcode);
    }

    [Theory]
    [InlineData("Port Victoria", "SA", "5573")]
    [InlineData("Victoria Point", "QLD", "4165")]
    [InlineData("West End", "QLD", "4101")]
    public void KeepsLocalitiesThatContainAStateName(string locality, string state, string postcode)
    {
        var address = AddressParser.Parse(new AddressInput("1 Main Rd", Locality: locality, State: state, Postcode: postcode, Country: "AU"));

        Assert.Equal(locality.ToUpperInvariant(), address.Locality);
        Assert.Equal(state, address.State);
        Assert.Empty(address.Issues);
    }

    [Theory]
    [InlineData("1 Main Rd, Port Victoria SA 5573", "PORT VICTORIA", "SA")]
    [InlineData("1 Main Rd, Sydney New South Whales 2000", "SYDNEY", "NSW")]
    [InlineData("1 Main Rd, Perth Western Australia 6000", "PERTH", "WA")]
    [InlineData("1 Main Rd, Victoria Point", "VICTORIA POINT", null)]
    public void ReadsTheStateAtTheEndOfALastLine(string line, string locality, string? state)
    {
        var address = AddressParser.Parse(new AddressInput(line, Country: "AU"));

        Assert.Equal(locality, address.Locality);
        Assert.Equal(state, address.State);
    }

    [Fact]
    public void WritesTheLocalityInFull()
    {
        var address = AddressParser.Parse(new AddressInput("12 Smith St", Locality: "Nth Sydney", State: "NSW", Postcode: "2060", Country: "AU"));

        Assert.Equal("NORTH SYDNEY", address.Locality);
    }

    [Fact]
    public void ReadsAPostcodeLeftInTheCityField()
    {
        var address = AddressParser.Parse(new AddressInput("1 Queen Street", Locality: "Auckland 1010", Country: "NZ"));

        Assert.Equal("AUCKLAND", address.Locality);
        Assert.Equal("1010", address.Postcode);
        Assert.Empty(address.Issues);
    }

    [Theory]
    [InlineData("NSW", "NSW")]
    [InlineData("N.S.W.", "NSW")]
    [InlineData("New South Wales", "NSW")]
    [InlineData("new south whales", "NSW")]
    [InlineData("NWS", "NSW")]
    [InlineData("Victoria", "VIC")]
    [InlineData("Vic.", "VIC")]
    [InlineData("Victria", "VIC")]
    [InlineData("VIX", "VIC")]
    [InlineData("Queensland", "QLD")]
    [InlineData("Queenslnd", "QLD")]
    [InlineData("Qld", "QLD")]
    [InlineData("QDL", "QLD")]
    [InlineData("South Australia", "SA")]
    [InlineData("S.A.", "SA")]
    [InlineData("Western Australia", "WA")]
    [InlineData("Westren Australia", "WA")]
    [InlineData("Tasmania", "TAS")]
    [InlineData("Tasmaina", "TAS")]
    [InlineData("Northern Territory", "NT")]
    [InlineData("Australian Capital Territory", "ACT")]
    public void ReadsStatesFromCodesNamesAndTypos(string text, string code)
    {
        Assert.Equal(code, AustralianStates.Parse(text));
    }

    [Theory]
    [InlineData("Sydney")]
    [InlineData("Australia")]
    [InlineData("XY")]
    [InlineData("")]
    public void ReadsNoStateFromOtherWords(string text)
    {
        Assert.Null(AustralianStates.Parse(text));
    }

    [Theory]
    [InlineData("2000", "NSW")]
    [InlineData("1000", "NSW")]
    [InlineData("2899", "NSW")]
    [InlineData("2540", "NSW")]
    [InlineData("2600", "ACT")]
    [InlineData("2618", "ACT")]
    [InlineData("2619", "NSW")]
    [InlineData("2900", "ACT")]
    [InlineData("2920", "ACT")]
    [InlineData("2921", "NSW")]
    [InlineData("0200", "ACT")]
    [InlineData("3000", "VIC")]
    [InlineData("8000", "VIC")]
    [InlineData("4000", "QLD")]
    [InlineData("9000", "QLD")]
    [InlineData("5000", "SA")]
    [InlineData("5800", "SA")]
    [InlineData("6000", "WA")]
    [InlineData("6798", "WA")]
    [InlineData("6799", "WA")]
    [InlineData("6800", "WA")]
    [InlineData("7000", "TAS")]
    [InlineData("7151", "TAS")]
    [InlineData("7800", "TAS")]
    [InlineData("0800", "NT")]
    [InlineData("0900", "NT")]
    public void PlacesPostcodesInTheirState(string postcode, string state)
    {
        Assert.Equal([state], AustralianPostcodes.StatesFor(postcode));
    }

    [Theory]
    [InlineData("3000", "VIC", true)]
    [InlineData("3000", "NSW", false)]
    [InlineData("0800", "NT", true)]
    public void ChecksAPostcodeAgainstAState(string postcode, string state, bool inState)
    {
        Assert.Equal(inState, AustralianPostcodes.IsInState(postcode, state));
    }

    [Theory]
    [InlineData("0100")]
    [InlineData("0500")]
    [InlineData("200")]
    [InlineData("20000")]
    public void PlacesOtherNumbersInNoState(string postcode)
    {
        Assert.Empty(AustralianPostcodes.StatesFor(postcode));
    }

    [Fact]
    public void WarnsWhenThePostcodeIsNotInTheState()
    {
        var address = AddressParser.Parse(new AddressInput("1 Collins St", Locality: "Melbourne", State: "NSW", Postcode: "3000", Country: "AU"));

        var issue = Assert.Single(address.Issues);
        Assert.Equal("Postcode 3000 is not in NSW", issue.Message);
        Assert.Equal(AddressField.Postcode, issue.Field);
        Assert.Equal(AddressIssueSeverity.Warning, issue.Severity);
    }

    [Fact]
    public void RefusesAPostcodeNoStateHas()
    {
        var address = AddressParser.Parse(new AddressInput("1 Smith St", Locality: "Darwin", State: "NT", Postcode: "0500", Country: "AU"));

        Assert.Contains(address.Issues, i => i.Severity == AddressIssueSeverity.Error && i.Message == "Postcode 0500 is not an Australian postcode");
    }

    [Theory]
    [InlineData("30000")]
    [InlineData("3O00")]
    public void RefusesAPostcodeThatIsNotFourDigits(string postcode)
    {
        var address = AddressParser.Parse(new AddressInput("1 Collins St", Locality: "Melbourne", State: "VIC", Postcode: postcode, Country: "AU"));

        Assert.Contains(address.Issues, i => i.Field == AddressField.Postcode && i.Message == "Postcode must be 4 digits");
    }

    [Fact]
    public void RestoresALeadingZeroASpreadsheetDropped()
    {
        var address = AddressParser.Parse(new AddressInput("1 Smith St", Locality: "Darwin", State: "NT", Postcode: "800", Country: "AU"));

        Assert.Equal("0800", address.Postcode);
        var issue = Assert.Single(address.Issues);
        Assert.Equal(AddressIssueSeverity.Warning, issue.Severity);
    }

    [Fact]
    public void TakesAMissingStateFromThePostcode_WithAWarning()
    {
        var address = AddressParser.Parse(new AddressInput("1 Collins St", Locality: "Melbourne", Postcode: "3000", Country: "AU"));

        Assert.Equal("VIC", address.State);
        Assert.Contains(address.Issues, i => i.Field == AddressField.State && i.Severity == AddressIssueSeverity.Warning);
    }

    [Fact]
    public void RefusesAStateItCannotRead()
    {
        var address = AddressParser.Parse(new AddressInput("1 Collins St", Locality: "Melbourne", State: "Ontario", Postcode: "3000", Country: "AU"));

        Assert.Null(address.State);
        Assert.Contains(address.Issues, i => i.Field == AddressField.State && i.Message == "'ONTARIO' is not an Australian state or territory");
    }

    [Fact]
    public void TakesAustraliaFromTheState_WhenTheCountryIsMissing()
    {
        var address = AddressParser.Parse(new AddressInput("1 Collins St", Locality: "Melbourne", State: "Vic", Postcode: "3000"));

        Assert.Equal("AU", address.Country);
    }

    [Theory]
    [InlineData("0772")]
    [InlineData("1010")]
    [InlineData("9016")]
    public void AcceptsNzPostcodes(string postcode)
    {
        Assert.True(NewZealandPostcodes.IsValid(postcode));
    }

    [Theory]
    [InlineData("0012")]
    [InlineData("772")]
    [InlineData("10100")]
    public void RefusesOtherNzPostcodes(string postcode)
    {
        Assert.False(NewZealandPostcodes.IsValid(postcode));
    }

    [Fact]
    public void RefusesAnNzPostcodeStartingWith00()
    {
        var address = AddressParser.Parse(new AddressInput("1 Queen Street", Locality: "Auckland", Postcode: "0012", Country: "NZ"));

        Assert.Contains(address.Issues, i => i.Message == "Postcode 0012 is not a New Zealand postcode");
    }

    [Fact]
    public void LeavesOutAnNzRegion_WithAWarning()
    {
        var address = AddressParser.Parse(new AddressInput("30 Laings Road", Locality: "Lower Hutt", State: "Wellington", Postcode: "5010", Country: "NZ"));

        Assert.Null(address.State);
        var issue = Assert.Single(address.Issues);
        Assert.Equal(AddressField.State, issue.Field);
        Assert.Equal(AddressIssueSeverity.Warning, issue.Severity);
    }

    [Fact]
    public void WarnsAboutNumberRangesInNz()
    {
        var address = AddressParser.Parse(new AddressInput("4-12 Main Street", Locality: "Greytown", Postcode: "5712", Country: "NZ"));

        Assert.Equal("4-12", address.StreetNumber);
        Assert.Contains(address.Issues, i => i.Message == "NZ Post does not use number ranges; use the first number");
    }

    [Fact]
    public void AcceptsNumberRangesInAustralia()
    {
        var address = AddressParser.Parse(new AddressInput("4-12 Main Street", Locality: "Bacchus Marsh", State: "VIC", Postcode: "3340", Country: "AU"));

        Assert.Empty(address.Issues);
    }

    [Fact]
    public void ReportsMissingParts()
    {
        var address = AddressParser.Parse(new AddressInput(null, Country: "AU"));

        Assert.Contains(address.Issues, i => i.Field == AddressField.Street && i.Message == "Street address or PO Box is missing");
        Assert.Contains(address.Issues, i => i.Field == AddressField.Locality && i.Message == "Suburb or town is missing");
        Assert.Contains(address.Issues, i => i.Field == AddressField.Postcode && i.Message == "Postcode is missing");
        Assert.Contains(address.Issues, i => i.Field == AddressField.State && i.Message == "State is missing");
    }

    [Fact]
    public void ChecksNoPostcodeRules_ForOtherCountries()
    {
        var address = AddressParser.Parse(new AddressInput("1600 Amphitheatre Pkwy", Locality: "Mountain View", State: "CA", Postcode: "94043", Country: "United States"));

        Assert.Equal("UNITED STATES", address.Country);
        var issue = Assert.Single(address.Issues);
        Assert.Equal(AddressField.Country, issue.Field);
    }

    [Fact]
    public void KeepsTheDeliveryPointId()
    {
        var address = AddressParser.Parse(new AddressInput("1 Collins St", Locality: "Melbourne", State: "VIC", Postcode: "3000", Country: "AU") { DeliveryPointId = "DPID:12345678" });

        Assert.Equal("DPID:12345678", address.DeliveryPointId);
    }
}
