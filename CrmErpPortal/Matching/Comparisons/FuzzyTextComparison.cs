namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Free text such as street and locality: exact, close and fairly close by Jaro–Winkler, different.</summary>
internal sealed class FuzzyTextComparison(string name, FieldSelector field) : Comparison(name,
[
    new("Exact"), new("JaroWinkler>=0.92"), new("JaroWinkler>=0.80"), new("Different"),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (field(left), field(right));
        if (a.Length == 0 || b.Length == 0) return Null;
        if (a == b) return 0;
        var similarity = TextSimilarity.JaroWinkler(a, b);
        if (similarity >= 0.92) return 1;
        return similarity >= 0.80 ? 2 : 3;
    }
}
