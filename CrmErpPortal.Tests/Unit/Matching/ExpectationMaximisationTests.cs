using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Training;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class ExpectationMaximisationTests
{
    private static readonly double[][] TrueM = [[0.9, 0.1], [0.85, 0.1, 0.05], [0.95, 0.05], [0.8, 0.2]];
    private static readonly double[][] TrueU = [[0.05, 0.95], [0.02, 0.08, 0.9], [0.1, 0.9], [0.01, 0.99]];
    private const double TrueMatchShare = 0.2;

    [Fact]
    public void RecoversMAndTheMatchShareFromUnlabelledPatterns()
    {
        var set = new ComparisonSet(
        [
            new ExactComparison("A", r => r.GivenName),
            new CodeComparison("B", r => r.Postcode),
            new ExactComparison("C", r => r.Surname),
            new ExactComparison("D", r => r.Email),
        ]);
        var patterns = SamplePatterns(100_000, new Random(3));
        var startingU = TrueU.Select(row => row.Select(u => Math.Min(0.99, u * 1.5)).ToArray()).ToArray();

        var result = ExpectationMaximisation.Run(set, patterns, startingU);

        Assert.InRange(result.CandidateMatchShare, TrueMatchShare - 0.02, TrueMatchShare + 0.02);
        for (var c = 0; c < TrueM.Length; c++)
        {
            for (var l = 0; l < TrueM[c].Length; l++)
            {
                Assert.InRange(result.M[c][l], TrueM[c][l] - 0.03, TrueM[c][l] + 0.03);
            }
        }
    }

    private static Dictionary<ulong, long> SamplePatterns(int pairs, Random random)
    {
        var counts = new Dictionary<ulong, long>();
        for (var i = 0; i < pairs; i++)
        {
            var probabilities = random.NextDouble() < TrueMatchShare ? TrueM : TrueU;
            ulong pattern = 0;
            for (var c = 0; c < probabilities.Length; c++)
            {
                pattern |= (ulong)Draw(probabilities[c], random) << (4 * c);
            }

            counts[pattern] = counts.GetValueOrDefault(pattern) + 1;
        }

        return counts;
    }

    private static int Draw(double[] probabilities, Random random)
    {
        var x = random.NextDouble();
        for (var level = 0; level < probabilities.Length - 1; level++)
        {
            x -= probabilities[level];
            if (x < 0)
            {
                return level;
            }
        }

        return probabilities.Length - 1;
    }
}
