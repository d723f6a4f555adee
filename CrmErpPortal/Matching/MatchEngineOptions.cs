using CrmErpPortal.Matching.Blocking;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching;

/// <summary>
/// <see cref="Parameters"/> set: score with them as they are; null: train without labels on the data being matched.
/// <see cref="CandidatePairsCounted"/> is told the candidate count as soon as blocking is done, before any scoring.
/// </summary>
public sealed record MatchEngineOptions
{
    public ComparisonSet Comparisons { get; init; } = ComparisonSet.Default();
    public BlockingOptions Blocking { get; init; } = new();
    public MatchThresholds Thresholds { get; init; } = new();
    public ModelParameters? Parameters { get; init; }
    /// <summary>The most random pairs drawn to estimate u (fewer for small inputs).</summary>
    public int RandomPairSamples { get; init; } = 150_000;
    public int Seed { get; init; } = 20_260_101;
    public Action<long>? CandidatePairsCounted { get; init; }
}
