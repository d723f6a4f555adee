namespace CrmErpPortal.Matching.Comparisons;

/// <summary>
/// The comparisons a model uses. A pair's levels pack into one <see cref="ulong"/> pattern, four bits per comparison
/// (15 = null), so that millions of pairs collapse into a few thousand distinct patterns for EM and scoring.
/// </summary>
public sealed class ComparisonSet
{
    internal const int NullNibble = 15;

    public ComparisonSet(IReadOnlyList<Comparison> comparisons)
    {
        if (comparisons.Count is 0 or > 16)
        {
            throw new ArgumentException("A model needs 1 to 16 comparisons.", nameof(comparisons));
        }

        Comparisons = comparisons;
    }

    public IReadOnlyList<Comparison> Comparisons { get; }

    /// <summary>Persons and organisations in one set: a comparison whose fields a kind lacks is simply null.</summary>
    public static ComparisonSet Default() => new(
    [
        new PersonNameComparison("GivenName", isGivenName: true),
        new PersonNameComparison("Surname", isGivenName: false),
        new OrganisationNameComparison(),
        new DateOfBirthComparison(),
        new CodeComparison("OtherIdentifier", r => r.OtherIdentifier),
        new BusinessNumberComparison(),
        new ExactComparison("Phone", r => r.Phone),
        new ExactComparison("Email", r => r.Email),
        new DeliveryAddressComparison(),
        new FuzzyTextComparison("AddressLine2", r => r.AddressLine2),
        new FuzzyTextComparison("Locality", r => r.Locality),
        new CodeComparison("Postcode", r => r.Postcode),
        new ExactComparison("State", r => r.State),
        new ExactComparison("Country", r => r.Country),
    ]);

    internal ulong Pattern(PreparedRecord left, PreparedRecord right)
    {
        ulong pattern = 0;
        for (var i = 0; i < Comparisons.Count; i++)
        {
            var level = Comparisons[i].Compare(left, right);
            pattern |= (ulong)(level == Comparison.Null ? NullNibble : level) << (4 * i);
        }

        return pattern;
    }

    internal static int LevelOf(ulong pattern, int comparison)
    {
        var nibble = (int)((pattern >> (4 * comparison)) & 0xF);
        return nibble == NullNibble ? Comparison.Null : nibble;
    }
}
