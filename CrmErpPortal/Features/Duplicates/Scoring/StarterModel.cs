using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>
/// Parameters for a hub too small to train on: EM without labels needs many candidate pairs, so below
/// <see cref="MinimumTrainingRecords"/> customers the portal scores with these hand-set, deliberately cautious values
/// (an exact value is strong evidence, a clear difference counts against, the middle levels are mild). A full re-score
/// on a larger hub replaces them with trained ones.
/// </summary>
public static class StarterModel
{
    public const int MinimumTrainingRecords = 1_000;

    public static ModelParameters For(ComparisonSet comparisons) => new(
        MatchProbability: 1e-4,
        comparisons.Comparisons.Select(c => new ComparisonParameters(c.Name, Levels(c))).ToArray());

    private static LevelParameters[] Levels(Comparison comparison)
    {
        var levels = comparison.Levels;
        var (exactU, differentU) = comparison.Name switch
        {
            "Country" => (0.6, 0.4),
            "State" => (0.3, 0.7),
            "Postcode" or "Locality" => (0.02, 0.9),
            _ => (0.0005, 0.99),
        };
        var middle = levels.Count - 2;
        return levels.Select((level, i) =>
        {
            if (level.FixedM is { } fixedM)
            {
                return new LevelParameters(level.Name, fixedM, differentU);
            }

            if (i == 0)
            {
                return new LevelParameters(level.Name, 0.85, exactU);
            }

            return i == levels.Count - 1
                ? new LevelParameters(level.Name, 0.03, differentU)
                : new LevelParameters(level.Name, 0.12 / middle, Math.Max(exactU * 4, 0.005));
        }).ToArray();
    }
}
