namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Given name or surname; a value found in the other record's opposite name field counts as swapped.</summary>
internal sealed class PersonNameComparison(string name, bool isGivenName) : Comparison(name,
[
    new("Exact"), new("Swapped"), new("JaroWinkler>=0.92"), new("Phonetic"), new("JaroWinkler>=0.80"), new("Different"),
])
{
    internal override int Compare(PreparedRecord left, PreparedRecord right)
    {
        var (a, b) = isGivenName ? (left.GivenName, right.GivenName) : (left.Surname, right.Surname);
        var (aOther, bOther) = isGivenName ? (left.Surname, right.Surname) : (left.GivenName, right.GivenName);
        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length > 0 && a == bOther) || (b.Length > 0 && b == aOther) ? 1 : Null;
        }

        if (a == b) return 0;
        if (a == bOther || b == aOther) return 1;
        var similarity = TextSimilarity.JaroWinkler(a, b);
        if (similarity >= 0.92) return 2;
        var (pa, pb) = isGivenName ? (left.GivenPhonetic, right.GivenPhonetic) : (left.SurnamePhonetic, right.SurnamePhonetic);
        if (pa.Length > 0 && pa == pb) return 3;
        return similarity >= 0.80 ? 4 : 5;
    }
}
