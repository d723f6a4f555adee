using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Matching.Comparisons;

/// <summary>
/// Street number, street and unit read by the NZ/AU address rules and compared by the NZAU.md §2.4 tiers, so that
/// "Unit 3, 12 Smith Street" and "3/12 Smith St" are one delivery point while "4/12 Smith St" is only the same
/// building. Locality, postcode and state are their own comparisons, so they are left out here to avoid counting
/// them twice. Text the rules cannot place falls back to a typo-tolerant street match.
/// </summary>
internal sealed class DeliveryAddressComparison() : Comparison("Address",
[
    new("SameDeliveryPoint"), new("Probable"), new("SameBuilding"), new("StreetClose"), new("NeverTheSame"), new("Different"),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (left.DeliveryLine, right.DeliveryLine);
        if (a is null || b is null) return Null;
        var tier = AddressComparison.Compare(a, b).Tier;
        switch (tier)
        {
            case AddressMatchTier.SameDeliveryPoint: return 0;
            case AddressMatchTier.Probable: return 1;
            case AddressMatchTier.SameBuilding: return 2;
            case AddressMatchTier.NeverTheSame: return 4;
        }

        return StreetClose(left, right) ? 3 : 5;
    }

    /// <summary>A keying slip the parts cannot forgive: the street within Jaro–Winkler 0.92 and the number within one edit.</summary>
    private static bool StreetClose(PreparedRecord left, PreparedRecord right)
    {
        var (na, nb) = (left.StreetNumber, right.StreetNumber);
        var numberClose = na.Length == 0 || nb.Length == 0 || TextSimilarity.WithinOneEdit(na, nb);
        return numberClose && left.Street.Length > 0 && right.Street.Length > 0 && TextSimilarity.JaroWinkler(left.Street, right.Street) >= 0.92;
    }
}
