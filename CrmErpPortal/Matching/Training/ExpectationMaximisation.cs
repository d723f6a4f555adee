using CrmErpPortal.Matching.Comparisons;

namespace CrmErpPortal.Matching.Training;

/// <summary>
/// EM for a two-class mixture over comparison patterns (Winkler 1988), run on the blocked candidate pairs. It learns
/// m, the match share among candidates, and a u for the candidates that is only a nuisance parameter here: scoring
/// uses the u from random pairs, because blocking makes non-matches among candidates agree more than at random.
/// </summary>
internal static class ExpectationMaximisation
{
    public sealed record Result(double[][] M, double CandidateMatchShare, int Iterations);

    public static Result Run(ComparisonSet set, IReadOnlyDictionary<ulong, long> patternCounts, double[][] initialU, int maxIterations = 200)
    {
        var comparisons = set.Comparisons;
        var m = comparisons.Select(c => InitialM(c.Levels)).ToArray();
        var u = initialU.Select(row => row.ToArray()).ToArray();
        var share = 0.1;
        var patterns = patternCounts.ToArray();
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            var mCounts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            var uCounts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            double matchTotal = 0, allTotal = 0;
            foreach (var (pattern, count) in patterns)
            {
                double logRatio = Math.Log(share / (1 - share));
                for (var c = 0; c < comparisons.Count; c++)
                {
                    var level = ComparisonSet.LevelOf(pattern, c);
                    if (level != Comparison.Null)
                    {
                        logRatio += Math.Log(m[c][level]) - Math.Log(u[c][level]);
                    }
                }

                var posterior = 1 / (1 + Math.Exp(-logRatio));
                matchTotal += posterior * count;
                allTotal += count;
                for (var c = 0; c < comparisons.Count; c++)
                {
                    var level = ComparisonSet.LevelOf(pattern, c);
                    if (level != Comparison.Null)
                    {
                        mCounts[c][level] += posterior * count;
                        uCounts[c][level] += (1 - posterior) * count;
                    }
                }
            }

            var newShare = Math.Clamp(matchTotal / allTotal, 1e-9, 1 - 1e-9);
            var change = Math.Abs(newShare - share);
            share = newShare;
            for (var c = 0; c < comparisons.Count; c++)
            {
                var newM = Normalise(mCounts[c], comparisons[c].Levels, m[c]);
                change = Math.Max(change, newM.Zip(m[c], (a, b) => Math.Abs(a - b)).Max());
                m[c] = newM;
                u[c] = Normalise(uCounts[c], null, u[c]);
            }

            if (change < 1e-7)
            {
                break;
            }
        }

        return new Result(m, share, iteration);
    }

    /// <summary>Most weight on the first (most alike) level, the rest shared out decreasingly.</summary>
    private static double[] InitialM(IReadOnlyList<ComparisonLevel> levels)
    {
        var raw = Enumerable.Range(0, levels.Count).Select(i => i == 0 ? 0.8 : 0.2 / Math.Pow(2, i)).ToArray();
        return Normalise(raw, levels, raw);
    }

    private static double[] Normalise(double[] counts, IReadOnlyList<ComparisonLevel>? levels, double[] previous)
    {
        const double pseudoCount = 1e-3;
        var total = counts.Sum();
        if (total <= 0)
        {
            return previous;
        }

        var result = counts.Select(c => (c + pseudoCount) / (total + pseudoCount * counts.Length)).ToArray();
        if (levels is null)
        {
            return result;
        }

        var fixedTotal = levels.Sum(l => l.FixedM ?? 0);
        var freeTotal = levels.Select((l, i) => l.FixedM is null ? result[i] : 0).Sum();
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = levels[i].FixedM ?? result[i] / freeTotal * (1 - fixedTotal);
        }

        return result;
    }
}
