namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Organisation names after legal suffixes and punctuation are dropped (NameNormalizer).</summary>
internal sealed class OrganisationNameComparison() : Comparison("OrganisationName",
[
    new("Exact"), new("JaroWinkler>=0.92"), new("Phonetic"), new("WordOverlap>=0.5"), new("Different"),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = (left.OrganisationName, right.OrganisationName);
        if (a.Length == 0 || b.Length == 0) return Null;
        if (a == b) return 0;
        if (TextSimilarity.JaroWinkler(a, b) >= 0.92) return 1;
        if (left.OrganisationPhonetic == right.OrganisationPhonetic) return 2;
        return TextSimilarity.WordOverlap(left.OrganisationWords, right.OrganisationWords) >= 0.5 ? 3 : 4;
    }
}
