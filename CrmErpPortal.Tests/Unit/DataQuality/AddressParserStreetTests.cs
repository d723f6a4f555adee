using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Street lines from NZAU.md §2.1–2.3: unit forms, levels, numbers and street types.</summary>
public sealed class AddressParserStreetTests
{
    [Theory]
    [InlineData("Unit 3, 12 Smith St")]
    [InlineData("U 3 12 SMITH ST")]
    [InlineData("3/12 Smith St")]
    [InlineData("3 / 12 Smith Street")]
    [InlineData("U3/12 Smith St.")]
    [InlineData("Unit 3/12 Smith St")]
    [InlineData("U3, 12 Smith Str")]
    public void ReadsEveryUnitFormAsSubUnit3OfNumber12(string line)
    {
        var address = Parse(line);

        Assert.Equal("3", address.SubUnitNumber);
        Assert.Equal("12", address.StreetNumber);
        Assert.Equal("SMITH", address.StreetName);
        Assert.Equal("STREET", address.StreetType);
    }

    [Fact]
    public void KeepsTheSubUnitType()
    {
        var unit = Parse("Unit 3, 12 Smith St");
        var slash = Parse("3/12 Smith St");

        Assert.Equal(SubUnitType.Unit, unit.SubUnitType);
        Assert.Equal(SubUnitType.Unit, slash.SubUnitType);
    }

    [Theory]
    [InlineData("Flat 2, 173 Park Road", SubUnitType.Flat, "2")]
    [InlineData("F 2 173 Park Rd", SubUnitType.Flat, "2")]
    [InlineData("Flat B, 173 Park Road", SubUnitType.Flat, "B")]
    [InlineData("Apt 5, 173 Park Road", SubUnitType.Apartment, "5")]
    [InlineData("Suite 12, 173 Park Road", SubUnitType.Suite, "12")]
    [InlineData("SE 12 173 Park Road", SubUnitType.Suite, "12")]
    [InlineData("Shop 4 173 Park Road", SubUnitType.Shop, "4")]
    [InlineData("TNHS 7 173 Park Road", SubUnitType.Townhouse, "7")]
    [InlineData("WE 1 173 Park Road", SubUnitType.Warehouse, "1")]
    [InlineData("2/173 Park Road", SubUnitType.Unit, "2")]
    public void ReadsSubUnitTypes(string line, SubUnitType type, string id)
    {
        var address = Parse(line, "NZ");

        Assert.Equal(type, address.SubUnitType);
        Assert.Equal(id, address.SubUnitNumber);
        Assert.Equal("173", address.StreetNumber);
        Assert.Equal("PARK", address.StreetName);
        Assert.Equal("ROAD", address.StreetType);
    }

    [Fact]
    public void ReadsAFlatOnItsOwnLine()
    {
        var address = AddressParser.Parse(new AddressInput("Flat 2", "173 Park Road", "Auckland", Postcode: "1023", Country: "NZ"));

        Assert.Equal(SubUnitType.Flat, address.SubUnitType);
        Assert.Equal("2", address.SubUnitNumber);
        Assert.Equal("173", address.StreetNumber);
    }

    [Theory]
    [InlineData("Level 4, 12 Smith St", LevelType.Level, "4")]
    [InlineData("L4 12 Smith St", LevelType.Level, "4")]
    [InlineData("L 4, 12 Smith St", LevelType.Level, "4")]
    [InlineData("4th Floor, 12 Smith St", LevelType.Floor, "4")]
    [InlineData("Floor 4, 12 Smith St", LevelType.Floor, "4")]
    [InlineData("Ground Floor, 12 Smith St", LevelType.Ground, null)]
    [InlineData("Lower Ground, 12 Smith St", LevelType.LowerGround, null)]
    [InlineData("Basement 2, 12 Smith St", LevelType.Basement, "2")]
    [InlineData("Mezzanine, 12 Smith St", LevelType.Mezzanine, null)]
    public void ReadsLevels(string line, LevelType type, string? number)
    {
        var address = Parse(line);

        Assert.Equal(type, address.LevelType);
        Assert.Equal(number, address.LevelNumber);
        Assert.Equal("12", address.StreetNumber);
        Assert.Equal("SMITH", address.StreetName);
    }

    [Fact]
    public void ReadsAUnitOrLevelWrittenAfterTheStreet()
    {
        var address = AddressParser.Parse(new AddressInput("12 Smith St, Level 4", "Suite 5", "Sydney", "NSW", "2000", "AU"));

        Assert.Equal(LevelType.Level, address.LevelType);
        Assert.Equal("4", address.LevelNumber);
        Assert.Equal("5", address.SubUnitNumber);
        Assert.Null(address.Suburb);
        Assert.Equal("SYDNEY", address.Locality);
    }

    [Fact]
    public void ReadsSuiteLevelBuildingAndStreetTogether()
    {
        var address = AddressParser.Parse(new AddressInput("Suite 5, Level 4, Riverside Centre", "12 Smith St", "Parramatta", "NSW", "2150", "Australia"));

        Assert.Equal(SubUnitType.Suite, address.SubUnitType);
        Assert.Equal("5", address.SubUnitNumber);
        Assert.Equal(LevelType.Level, address.LevelType);
        Assert.Equal("4", address.LevelNumber);
        Assert.Equal("RIVERSIDE CENTRE", address.BuildingName);
        Assert.Equal("12", address.StreetNumber);
    }

    [Theory]
    [InlineData("21A Queen St", "21A")]
    [InlineData("21 A Queen St", "21A")]
    [InlineData("21a Queen St", "21A")]
    [InlineData("4-12 Queen St", "4-12")]
    [InlineData("3/12-14 Queen St", "12-14")]
    public void ReadsStreetNumbersWithSuffixesAndRanges(string line, string number)
    {
        var address = Parse(line);

        Assert.Equal(number, address.StreetNumber);
        Assert.Equal("QUEEN", address.StreetName);
        Assert.Equal("STREET", address.StreetType);
    }

    [Fact]
    public void ReadsAnAustralianLotNumber()
    {
        var address = Parse("Lot 5 Smith Rd");

        Assert.Equal("LOT 5", address.StreetNumber);
        Assert.Equal("SMITH", address.StreetName);
        Assert.Equal("ROAD", address.StreetType);
    }

    [Fact]
    public void KeepsASingleLetterStreetName()
    {
        var address = Parse("21 E St");

        Assert.Equal("21", address.StreetNumber);
        Assert.Equal("E", address.StreetName);
        Assert.Equal("STREET", address.StreetType);
    }

    [Theory]
    [InlineData("St", "STREET")]
    [InlineData("Str", "STREET")]
    [InlineData("Rd", "ROAD")]
    [InlineData("Av", "AVENUE")]
    [InlineData("Ave", "AVENUE")]
    [InlineData("Av.", "AVENUE")]
    [InlineData("Cr", "CRESCENT")]
    [InlineData("Cres", "CRESCENT")]
    [InlineData("Cresc", "CRESCENT")]
    [InlineData("Crs", "CRESCENT")]
    [InlineData("Dr", "DRIVE")]
    [InlineData("Drv", "DRIVE")]
    [InlineData("Pl", "PLACE")]
    [InlineData("Plc", "PLACE")]
    [InlineData("Ct", "COURT")]
    [InlineData("Crt", "COURT")]
    [InlineData("Cl", "CLOSE")]
    [InlineData("Pde", "PARADE")]
    [InlineData("Tce", "TERRACE")]
    [InlineData("Terr", "TERRACE")]
    [InlineData("Hwy", "HIGHWAY")]
    [InlineData("Hway", "HIGHWAY")]
    [InlineData("Bvd", "BOULEVARD")]
    [InlineData("Blvd", "BOULEVARD")]
    [InlineData("Esp", "ESPLANADE")]
    [InlineData("Gr", "GROVE")]
    [InlineData("Gve", "GROVE")]
    [InlineData("Cct", "CIRCUIT")]
    [InlineData("Sq", "SQUARE")]
    [InlineData("Pwy", "PARKWAY")]
    [InlineData("Pkwy", "PARKWAY")]
    [InlineData("Fwy", "FREEWAY")]
    [InlineData("Mwy", "MOTORWAY")]
    [InlineData("Prom", "PROMENADE")]
    [InlineData("Arc", "ARCADE")]
    [InlineData("Ally", "ALLEY")]
    [InlineData("Ln", "LANE")]
    [InlineData("La", "LANE")]
    [InlineData("Lane", "LANE")]
    [InlineData("Way", "WAY")]
    [InlineData("Rise", "RISE")]
    [InlineData("Mews", "MEWS")]
    [InlineData("Loop", "LOOP")]
    [InlineData("Mall", "MALL")]
    [InlineData("Walk", "WALK")]
    [InlineData("Terrace", "TERRACE")]
    public void MapsEveryStreetTypeAliasToItsFullWord(string alias, string canonical)
    {
        var address = Parse($"12 Harbour {alias}");

        Assert.Equal("HARBOUR", address.StreetName);
        Assert.Equal(canonical, address.StreetType);
    }

    [Theory]
    [InlineData("AVENUE", "AV")]
    [InlineData("CRESCENT", "CR")]
    [InlineData("PARADE", "PDE")]
    [InlineData("LANE", "LANE")]
    public void AbbreviatesOnlyWhenRendering(string canonical, string abbreviation)
    {
        Assert.Equal(abbreviation, StreetTypes.Abbreviation(canonical));
    }

    [Fact]
    public void ReadsStKildaRdAsSaintKildaRoad()
    {
        var address = Parse("100 St Kilda Rd");

        Assert.Equal("SAINT KILDA", address.StreetName);
        Assert.Equal("ROAD", address.StreetType);
    }

    [Fact]
    public void ReadsParadeRdAsARoadNamedParade()
    {
        var address = Parse("5 Parade Rd");

        Assert.Equal("PARADE", address.StreetName);
        Assert.Equal("ROAD", address.StreetType);
    }

    [Theory]
    [InlineData("7 The Avenue", "THE AVENUE")]
    [InlineData("7 The Parade", "THE PARADE")]
    [InlineData("7 Esplanade", "ESPLANADE")]
    public void KeepsATypeWordThatIsTheWholeName(string line, string name)
    {
        var address = Parse(line);

        Assert.Equal(name, address.StreetName);
        Assert.Null(address.StreetType);
    }

    [Theory]
    [InlineData("12 Smith St N", "N")]
    [InlineData("12 Smith Street North", "N")]
    [InlineData("12 Smith St SW", "SW")]
    [InlineData("12 Smith St Extension", "EX")]
    [InlineData("12 Smith St Upper", "UP")]
    public void ReadsDirectionalSuffixesAsCodes(string line, string suffix)
    {
        var address = Parse(line);

        Assert.Equal("SMITH", address.StreetName);
        Assert.Equal("STREET", address.StreetType);
        Assert.Equal(suffix, address.StreetSuffix);
    }

    [Fact]
    public void ReadsNorthRoadAsARoadNamedNorth()
    {
        var address = Parse("12 North Rd");

        Assert.Equal("NORTH", address.StreetName);
        Assert.Null(address.StreetSuffix);
    }

    [Fact]
    public void StripsPunctuationButKeepsMacrons()
    {
        var address = AddressParser.Parse(new AddressInput("12 O'Connell St.", Locality: "Paraparaumu", Postcode: "5032", Country: "NZ"));
        var maori = AddressParser.Parse(new AddressInput("5 Tōtara Rd", Locality: "Whanganui", Postcode: "4500", Country: "NZ"));

        Assert.Equal("OCONNELL", address.StreetName);
        Assert.Equal("TŌTARA", maori.StreetName);
    }

    private static NormalizedAddress Parse(string line, string country = "AU") =>
        AddressParser.Parse(new AddressInput(line, Locality: "Sydney", State: country == "AU" ? "NSW" : null, Postcode: country == "AU" ? "2000" : "1023", Country: country));
}
