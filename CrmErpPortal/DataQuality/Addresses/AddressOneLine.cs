namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>A normalised address written back as one line in AS 4590 / NZ Post order, e.g. "UNIT 3, 12 SMITH STREET, NORTH SYDNEY NSW 2060".</summary>
public static class AddressOneLine
{
    public static string Format(NormalizedAddress address)
    {
        var parts = new List<string?>
        {
            address.BuildingName,
            Join(address.SubUnitType is { } unit ? Upper(unit.ToString()) : null, address.SubUnitNumber),
            Join(address.LevelType is { } level ? Upper(level.ToString()) : null, address.LevelNumber),
            address.IsPostal
                ? Join(Upper(PostalDeliveryWords.Name(address.PostalDeliveryType!.Value)), address.PostalDeliveryNumber)
                : Join(address.StreetNumber, address.StreetName, address.StreetType, address.StreetSuffix),
            address.Lobby,
            address.RuralDeliveryNumber is { } rd ? $"RD {rd}" : null,
            address.Suburb,
            Join(address.Locality, address.State, address.Postcode),
        };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string? Join(params string?[] words)
    {
        var kept = words.Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
        return kept.Length == 0 ? null : string.Join(' ', kept);
    }

    private static string Upper(string word) => System.Text.RegularExpressions.Regex.Replace(word, "(?<=[a-z])(?=[A-Z])", " ").ToUpperInvariant();
}
