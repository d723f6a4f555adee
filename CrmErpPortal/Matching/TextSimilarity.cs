using F23.StringSimilarity;

namespace CrmErpPortal.Matching;

/// <summary>The string measures the comparisons use; F23's implementations are stateless and thread-safe.</summary>
internal static class TextSimilarity
{
    private static readonly JaroWinkler JaroWinklerMeasure = new();

    public static double JaroWinkler(string a, string b) => JaroWinklerMeasure.Similarity(a, b);

    /// <summary>
    /// Damerau–Levenshtein distance at most 1: one substitution, insertion, deletion or adjacent transposition. A
    /// linear check, because the comparisons only ask "one edit or not" and a full distance matrix (F23's
    /// OptimalStringAlignment, ~1.3 µs a call) dominated the cost of sampling random pairs.
    /// </summary>
    public static bool WithinOneEdit(string a, string b)
    {
        var (la, lb) = (a.Length, b.Length);
        if (Math.Abs(la - lb) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < la && i < lb && a[i] == b[i])
        {
            i++;
        }

        if (la == lb)
        {
            if (i >= la - 1 || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return la > lb ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }

    /// <summary>Share of words in common (Jaccard over word sets).</summary>
    public static double WordOverlap(string a, string b)
    {
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var common = left.Count(right.Contains);
        return (double)common / (left.Count + right.Count - common);
    }
}
