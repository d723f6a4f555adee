namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Short codes (postcode, street number, identifiers): exact, one typo or transposition, different.</summary>
internal sealed class CodeComparison(string name, FieldSelector field) : Comparison(name,
[
    new("Exact"), new("OneEdit"), new("Different"),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (field(left), field(right));
        if (a.Length == 0 || b.Length == 0) return Null;
        if (a == b) return 0;
        return TextSimilarity.WithinOneEdit(a, b) ? 1 : 2;
    }
}
