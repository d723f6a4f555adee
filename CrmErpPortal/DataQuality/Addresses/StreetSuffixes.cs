namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Directional street suffixes (NZAU.md §2.3), stored as their code.</summary>
internal static class StreetSuffixes
{
    private static readonly Dictionary<string, string> CodeByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["N"] = "N", ["NORTH"] = "N",
        ["S"] = "S", ["SOUTH"] = "S",
        ["E"] = "E", ["EAST"] = "E",
        ["W"] = "W", ["WEST"] = "W",
        ["NE"] = "NE", ["NORTHEAST"] = "NE",
        ["NW"] = "NW", ["NORTHWEST"] = "NW",
        ["SE"] = "SE", ["SOUTHEAST"] = "SE",
        ["SW"] = "SW", ["SOUTHWEST"] = "SW",
        ["CN"] = "CN", ["CENTRAL"] = "CN",
        ["EX"] = "EX", ["EXTENSION"] = "EX",
        ["LR"] = "LR", ["LOWER"] = "LR",
        ["UP"] = "UP", ["UPPER"] = "UP",
    };

    public static string? Code(string word) => CodeByWord.GetValueOrDefault(word);
}
