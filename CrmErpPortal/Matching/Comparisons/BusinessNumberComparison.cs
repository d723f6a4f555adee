namespace CrmErpPortal.Matching.Comparisons;

/// <summary>
/// ABN / NZBN digits. Both present and different is a conflict: a registered number identifies one legal entity, so
/// its m is pinned low instead of learned (EM would otherwise blur it with the typo rate of the other fields).
/// </summary>
internal sealed class BusinessNumberComparison() : Comparison("BusinessNumber",
[
    new("Exact"), new("Conflict", FixedM: 0.002),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (left.BusinessNumber, right.BusinessNumber);
        if (a.Length == 0 || b.Length == 0) return Null;
        return a == b ? 0 : 1;
    }
}
