using CrmErpPortal.Matching.Comparisons;

namespace CrmErpPortal.Matching.Training;

/// <summary>
/// u = P(level | different entities), estimated from record pairs drawn at random: nearly all random pairs are
/// non-matches, so no labels are needed. A pseudo-count keeps a level never seen in the sample from getting u = 0.
/// </summary>
internal static class UProbabilityEstimator
{
    public static double[][] Estimate(ComparisonSet set, Func<Random, (PreparedRecord, PreparedRecord)?> drawPair, int samples, int seed)
    {
        var comparisons = set.Comparisons;
        var counts = comparisons.Select(c => new long[c.Levels.Count]).ToArray();
        var random = new Random(seed);
        for (var s = 0; s < samples; s++)
        {
            if (drawPair(random) is not var (left, right))
            {
                continue;
            }

            for (var c = 0; c < comparisons.Count; c++)
            {
                var level = comparisons[c].Compare(left, right);
                if (level != Comparison.Null)
                {
                    counts[c][level]++;
                }
            }
        }

        return counts.Select(Smooth).ToArray();
    }

    private static double[] Smooth(long[] counts)
    {
        const double pseudoCount = 1;
        var total = counts.Sum() + pseudoCount * counts.Length;
        return counts.Select(c => (c + pseudoCount) / total).ToArray();
    }
}
