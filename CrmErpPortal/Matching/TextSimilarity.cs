using F23.StringSimilarity;

namespace CrmErpPortal.Matching;

/// <summary>The string measures the comparisons use; F23's implementations are stateless and thread-safe.</summary>
internal static class TextSimilarity
{
    private static readonly JaroWinkler JaroWinklerMeasure = new();
    private static readonly OptimalStringAlignment EditMeasure = new();

    public static double JaroWinkler(string a, string b) => JaroWinklerMeasure.Similarity(a, b);

    /// <summary>Damerau–Levenshtein (optimal string alignment): a transposition counts as one edit.</summary>
    public static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return 3;
        }

        return (int)EditMeasure.Distance(a, b);
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
