namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Dates as YYYYMMDD digits; day and month keyed the wrong way round is its own level.</summary>
internal sealed class DateOfBirthComparison() : Comparison("DateOfBirth",
[
    new("Exact"), new("DayMonthSwapped"), new("OneEdit"), new("SameYear"), new("Different"),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (left.DateOfBirth, right.DateOfBirth);
        if (a.Length == 0 || b.Length == 0) return Null;
        if (a == b) return 0;
        if (a.Length == 8 && b.Length == 8 && a[..4] == b[..4] && a[4..6] == b[6..8] && a[6..8] == b[4..6]) return 1;
        if (TextSimilarity.WithinOneEdit(a, b)) return 2;
        return a.Length >= 4 && b.Length >= 4 && a[..4] == b[..4] ? 3 : 4;
    }
}
