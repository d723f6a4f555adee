using CrmErpPortal.Matching.Clustering;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching;

/// <summary>
/// The outcome of a dedupe or link run. <see cref="Pairs"/> holds the pairs in the Review band or above, best first;
/// <see cref="CandidatePairs"/> are positions in the input (left and right list for a link, the one list for a dedupe).
/// </summary>
public sealed record MatchResult(
    long CandidatePairCount,
    IReadOnlyList<CandidatePair> CandidatePairs,
    IReadOnlyList<PairEvidence> Pairs,
    IReadOnlyList<DuplicateCluster> Clusters,
    ModelParameters Parameters,
    MatchTimings Timings);

public readonly record struct CandidatePair(int Left, int Right);

public sealed record MatchTimings(TimeSpan Preparing, TimeSpan Blocking, TimeSpan Training, TimeSpan Scoring)
{
    public TimeSpan Total => Preparing + Blocking + Training + Scoring;
}
