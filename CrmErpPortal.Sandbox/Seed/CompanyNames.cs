namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// Company trading names as a numbered space: every number below <see cref="Count"/> decodes to a different name, so a
/// shuffled numbering gives unrelated parties distinct names and the only near-identical names are the planted duplicates
/// (above <see cref="Count"/> parties, names repeat with other addresses, as they do in real registers).
/// </summary>
internal static class CompanyNames
{
    private static readonly int PlaceBlock = NameParts.NzPlaces.Length * NameParts.Trades.Length;
    private static readonly int SurnameBlock = NameParts.Surnames.Length * NameParts.Trades.Length;
    private static readonly int BrandBlock = NameParts.Brands.Length * NameParts.Trades.Length;

    public static int Count { get; } = PlaceBlock + SurnameBlock + BrandBlock + SurnameBlock;

    /// <summary>The trading name (no legal suffix) for a combination, using the country's own place words.</summary>
    public static string Decode(int combination, string country)
    {
        var trades = NameParts.Trades;
        var c = combination;
        if (c < PlaceBlock)
        {
            var places = country == "NZ" ? NameParts.NzPlaces : NameParts.AuPlaces;
            return $"{places[c / trades.Length]} {trades[c % trades.Length]}";
        }

        c -= PlaceBlock;
        if (c < SurnameBlock)
        {
            return $"{NameParts.Surnames[c / trades.Length]} {trades[c % trades.Length]}";
        }

        c -= SurnameBlock;
        if (c < BrandBlock)
        {
            return $"{NameParts.Brands[c / trades.Length]} {trades[c % trades.Length]}";
        }

        c -= BrandBlock;
        return $"{NameParts.Surnames[c / trades.Length]} & Sons {trades[c % trades.Length]}";
    }
}
