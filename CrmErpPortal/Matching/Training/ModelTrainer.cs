using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching.Training;

/// <summary>Unsupervised training: u from random pairs, m and the match share from EM on the candidate pairs.</summary>
internal static class ModelTrainer
{
    public static ModelParameters Train(
        ComparisonSet set,
        IReadOnlyDictionary<ulong, long> candidatePatternCounts,
        long candidatePairCount,
        double totalPairCount,
        Func<Random, (PreparedRecord, PreparedRecord)?> drawRandomPair,
        int uSamples,
        int seed)
    {
        var u = UProbabilityEstimator.Estimate(set, drawRandomPair, uSamples, seed);
        var em = ExpectationMaximisation.Run(set, candidatePatternCounts, u);

        // Blocking is assumed to keep (nearly) every match, so the matches among candidates are all the matches there
        // are; spread over every possible pair they give the prior for a pair scored with random-pair u.
        var expectedMatches = em.CandidateMatchShare * candidatePairCount;
        var prior = Math.Clamp(expectedMatches / Math.Max(1, totalPairCount), 1e-12, 0.5);

        var comparisons = set.Comparisons.Select((c, i) => new ComparisonParameters(
            c.Name,
            c.Levels.Select((l, j) => new LevelParameters(l.Name, em.M[i][j], u[i][j])).ToArray())).ToArray();
        return new ModelParameters(prior, comparisons);
    }
}
