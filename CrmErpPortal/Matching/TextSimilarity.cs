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

    /// <summary>Share of words in common (Jaccard) of two sorted, distinct word lists.</summary>
    public static double WordOverlap(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }
}
