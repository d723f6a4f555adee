namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Street types of NZAU.md §2.3: every input alias maps to the canonical full word, which is what is stored.</summary>
public static class StreetTypes
{
    private static readonly (string Canonical, string Abbreviation, string[] Aliases)[] Table =
    [
        ("STREET", "ST", ["ST", "STR"]),
        ("ROAD", "RD", ["RD"]),
        ("AVENUE", "AV", ["AV", "AVE"]),
        ("CRESCENT", "CR", ["CR", "CRES", "CRESC", "CRS"]),
        ("DRIVE", "DR", ["DR", "DRV"]),
        ("PLACE", "PL", ["PL", "PLC"]),
        ("COURT", "CT", ["CT", "CRT"]),
        ("CLOSE", "CL", ["CL"]),
        ("PARADE", "PDE", ["PDE"]),
        ("TERRACE", "TCE", ["TCE", "TERR"]),
        ("HIGHWAY", "HWY", ["HWY", "HWAY"]),
        ("BOULEVARD", "BVD", ["BVD", "BLVD"]),
        ("ESPLANADE", "ESP", ["ESP"]),
        ("GROVE", "GR", ["GR", "GVE"]),
        ("CIRCUIT", "CCT", ["CCT"]),
        ("SQUARE", "SQ", ["SQ"]),
        ("PARKWAY", "PWY", ["PWY", "PKWY"]),
        ("FREEWAY", "FWY", ["FWY"]),
        ("MOTORWAY", "MWY", ["MWY"]),
        ("PROMENADE", "PROM", ["PROM"]),
        ("ARCADE", "ARC", ["ARC"]),
        ("ALLEY", "ALLY", ["ALLY"]),
        ("LANE", "LANE", ["LN", "LA"]),
        ("WAY", "WAY", []),
        ("RISE", "RISE", []),
        ("MEWS", "MEWS", []),
        ("LOOP", "LOOP", []),
        ("MALL", "MALL", []),
        ("WALK", "WALK", []),
    ];

    private static readonly Dictionary<string, string> CanonicalByAlias = Table
        .SelectMany(row => row.Aliases.Append(row.Canonical).Select(alias => (alias, row.Canonical)))
        .ToDictionary(pair => pair.alias, pair => pair.Canonical, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> AbbreviationByCanonical =
        Table.ToDictionary(row => row.Canonical, row => row.Abbreviation, StringComparer.OrdinalIgnoreCase);

    /// <summary>"St", "Str", "street" → "STREET"; null when the word is not a street type.</summary>
    public static string? Canonical(string? word) =>
        word is not null && CanonicalByAlias.TryGetValue(word.Trim().TrimEnd('.'), out var canonical) ? canonical : null;

    /// <summary>The AS/NZS 4819 abbreviation for rendering ("AVENUE" → "AV"); types without one stay in full.</summary>
    public static string Abbreviation(string canonical) =>
        AbbreviationByCanonical.TryGetValue(canonical, out var abbreviation) ? abbreviation : canonical;
}
