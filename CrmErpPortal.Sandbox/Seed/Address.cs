namespace CrmErpPortal.Sandbox.Seed;

/// <summary>A street (or PO Box) address in parsed parts, rendered the way each system's users type it.</summary>
internal sealed record Address(Locality Locality, string? Unit, string Number, string StreetName, string StreetType, string? Building, string? PoBox)
{
    public static Address Create(SeedRandom random, Locality locality)
    {
        var streets = locality.Country == "NZ" ? Places.NzStreets : Places.AuStreets;
        var number = random.Next(1, random.Chance(0.7) ? 120 : 600).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (random.Chance(0.05) ? random.Pick(["A", "B", "C"]) : "");
        var unit = random.Chance(0.12) ? random.Next(1, 25).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var building = locality.Country == "AU" && random.Chance(0.12)
            ? random.Pick(["Level 2", "Level 3", "Level 5", "Ground Floor", "Gateway Business Park", "Enterprise Centre", "Trade Park"])
            : null;
        return new Address(locality, unit, number, random.Pick(streets), random.Pick(Places.StreetTypes), building, null);
    }

    public Address WithPoBox(SeedRandom random) =>
        this with { PoBox = "PO Box " + random.Next(Locality.Country == "NZ" ? 100 : 10, Locality.Country == "NZ" ? 99_999 : 9_999) };

    /// <summary>Line 1: "3/12 Carr Road", "Unit 3, 12 Carr Rd", or the PO Box (never both, NZAU.md §2).</summary>
    public string Line1(bool abbreviate = false, bool unitWord = false)
    {
        if (PoBox is not null)
        {
            return PoBox;
        }

        var type = abbreviate && Places.StreetTypeAbbreviations.TryGetValue(StreetType, out var shortType) ? shortType : StreetType;
        var number = Unit is null ? Number : unitWord ? $"{(Locality.Country == "NZ" ? "Flat" : "Unit")} {Unit}, {Number}" : $"{Unit}/{Number}";
        return $"{number} {StreetName} {type}";
    }

    /// <summary>Line 2: the NZ suburb (NZ Post puts it on its own line) or an AU building/level.</summary>
    public string? Line2 => Locality.Country == "NZ"
        ? Locality.Suburb == Locality.City ? null : Locality.Suburb
        : Building;

    public string City => Locality.City;

    public string? State => Locality.Country == "AU" ? Locality.State : null;

    public string Postcode => Locality.Postcode;
}
