namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>
/// Postcode ranges per state (NZAU.md §2.1), delivery and PO Box ranges together. A sanity check only: border
/// localities can carry a neighbour's postcode, so the Australia Post postcode file has the last word.
/// </summary>
public static class AustralianPostcodes
{
    private static readonly (string State, int From, int To)[] Ranges =
    [
        ("NSW", 1000, 1999), ("NSW", 2000, 2599), ("NSW", 2619, 2899), ("NSW", 2921, 2999),
        ("ACT", 200, 299), ("ACT", 2600, 2618), ("ACT", 2900, 2920),
        ("VIC", 3000, 3999), ("VIC", 8000, 8999),
        ("QLD", 4000, 4999), ("QLD", 9000, 9999),
        ("SA", 5000, 5999),
        ("WA", 6000, 6999),
        ("TAS", 7000, 7999),
        ("NT", 800, 999),
    ];

    /// <summary>The states whose ranges hold the postcode; empty when it is not an Australian postcode.</summary>
    public static IReadOnlyList<string> StatesFor(string postcode)
    {
        if (postcode.Length != 4 || !postcode.All(char.IsAsciiDigit))
        {
            return [];
        }

        var number = int.Parse(postcode, System.Globalization.CultureInfo.InvariantCulture);
        return Ranges.Where(r => number >= r.From && number <= r.To).Select(r => r.State).Distinct().ToList();
    }

    public static bool IsInState(string postcode, string state) => StatesFor(postcode).Contains(state);
}
