namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Sub-unit words and AS 4590 codes. Codes need a number after them; full words may take a letter ("Flat B").</summary>
internal static class SubUnitWords
{
    private static readonly Dictionary<string, SubUnitType> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UNIT"] = SubUnitType.Unit,
        ["APARTMENT"] = SubUnitType.Apartment,
        ["FLAT"] = SubUnitType.Flat,
        ["SUITE"] = SubUnitType.Suite,
        ["VILLA"] = SubUnitType.Villa,
        ["TOWNHOUSE"] = SubUnitType.Townhouse,
        ["ROOM"] = SubUnitType.Room,
        ["OFFICE"] = SubUnitType.Office,
        ["WAREHOUSE"] = SubUnitType.Warehouse,
        ["SHOP"] = SubUnitType.Shop,
    };

    private static readonly Dictionary<string, SubUnitType> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["U"] = SubUnitType.Unit,
        ["APT"] = SubUnitType.Apartment,
        ["F"] = SubUnitType.Flat,
        ["FLT"] = SubUnitType.Flat,
        ["SE"] = SubUnitType.Suite,
        ["STE"] = SubUnitType.Suite,
        ["VLLA"] = SubUnitType.Villa,
        ["TNHS"] = SubUnitType.Townhouse,
        ["RM"] = SubUnitType.Room,
        ["OFF"] = SubUnitType.Office,
        ["WE"] = SubUnitType.Warehouse,
        ["SHP"] = SubUnitType.Shop,
    };

    public static bool TryFullWord(string word, out SubUnitType type) => Words.TryGetValue(word, out type);

    public static bool TryCode(string word, out SubUnitType type) => Codes.TryGetValue(word, out type);

    public static bool TryAny(string word, out SubUnitType type) => TryFullWord(word, out type) || TryCode(word, out type);
}
