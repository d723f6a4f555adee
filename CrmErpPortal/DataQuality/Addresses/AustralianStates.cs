namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Australian state and territory codes from codes, full names, common abbreviations and unambiguous typos.</summary>
public static class AustralianStates
{
    public static readonly IReadOnlyList<string> Codes = ["NSW", "ACT", "VIC", "QLD", "SA", "WA", "TAS", "NT"];

    private static readonly Dictionary<string, string> FullNames = new(StringComparer.Ordinal)
    {
        ["NEWSOUTHWALES"] = "NSW",
        ["AUSTRALIANCAPITALTERRITORY"] = "ACT",
        ["VICTORIA"] = "VIC",
        ["QUEENSLAND"] = "QLD",
        ["SOUTHAUSTRALIA"] = "SA",
        ["WESTERNAUSTRALIA"] = "WA",
        ["TASMANIA"] = "TAS",
        ["NORTHERNTERRITORY"] = "NT",
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["QL"] = "QLD",
        ["QUEENS"] = "QLD",
        ["TASSIE"] = "TAS",
        ["STHAUST"] = "SA",
        ["WESTAUSTRALIA"] = "WA",
        ["WAUST"] = "WA",
        ["SAUST"] = "SA",
    };

    /// <summary>
    /// The state code, or null. Typos resolve only when one state is clearly meant: a code with its letters swapped
    /// ("NWS") or one letter off among the three-letter codes ("VIX"), a full name within two edits ("Queenslnd").
    /// </summary>
    public static string? Parse(string? text, bool allowTypos = true)
    {
        var key = new string(AddressText.Clean(text).Where(char.IsLetter).ToArray());
        if (key.Length == 0)
        {
            return null;
        }

        if (Codes.Contains(key))
        {
            return key;
        }

        if (FullNames.TryGetValue(key, out var code) || Abbreviations.TryGetValue(key, out code))
        {
            return code;
        }

        return allowTypos ? FromTypo(key) : null;
    }

    /// <summary>Only a state code or its common short form ("NSW", "N.S.W.", "Vic", "Qld"), never a full name or typo.</summary>
    internal static string? ParseCode(string? text)
    {
        var key = new string(AddressText.Clean(text).Where(char.IsLetter).ToArray());
        return Codes.Contains(key) ? key : key == "QL" ? "QLD" : null;
    }

    private static string? FromTypo(string key)
    {
        var sorted = string.Concat(key.Order());
        var candidates = Codes.Where(c => string.Concat(c.Order()) == sorted).ToList();
        if (candidates.Count == 0 && key.Length == 3)
        {
            candidates = Codes.Where(c => c.Length == 3 && EditDistance.Between(c, key) == 1).ToList();
        }

        if (candidates.Count == 0 && key.Length > 4)
        {
            var allowed = key.Length <= 6 ? 1 : 2;
            var scored = FullNames.Select(pair => (pair.Value, Distance: EditDistance.Between(pair.Key, key)))
                .Where(s => s.Distance <= allowed)
                .ToList();
            var best = scored.Count == 0 ? 0 : scored.Min(s => s.Distance);
            candidates = scored.Where(s => s.Distance == best).Select(s => s.Value).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
