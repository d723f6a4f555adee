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
        var chunks = Math.Max(1, Environment.ProcessorCount);
        Parallel.For(0, chunks, chunk =>
        {
            var local = comparisons.Select(c => new long[c.Levels.Count]).ToArray();
            var random = new Random(seed + chunk);
            for (var s = chunk; s < samples; s += chunks)
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
                        local[c][level]++;
                    }
                }
            }

            lock (counts)
            {
                for (var c = 0; c < counts.Length; c++)
                {
                    for (var l = 0; l < counts[c].Length; l++)
                    {
                        counts[c][l] += local[c][l];
                    }
                }
            }
        });

        return counts.Select(Smooth).ToArray();
    }

    private static double[] Smooth(long[] counts)
    {
        const double pseudoCount = 1;
        var total = counts.Sum() + pseudoCount * counts.Length;
        return counts.Select(c => (c + pseudoCount) / total).ToArray();
    }
}
