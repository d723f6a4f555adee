namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Equal or not: phones in E.164, emails, states, countries.</summary>
internal sealed class ExactComparison(string name, FieldSelector field) : Comparison(name, [new("Exact"), new("Different")])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (field(left), field(right));
        if (a.Length == 0 || b.Length == 0) return Null;
        return a == b ? 0 : 1;
    }
}
