namespace CrmErpPortal.Matching.Scoring;

/// <summary>
/// Why a pair scored what it did: the prior and each comparison's level and weight (log2 m/u, 0 when null). The
/// prior plus the weights is <see cref="TotalWeight"/>, so a UI can draw the waterfall from this alone.
/// </summary>
public sealed record PairEvidence(
    string LeftId,
    string RightId,
    double PriorWeight,
    IReadOnlyList<ComparisonEvidence> Comparisons,
    double TotalWeight,
    double Probability,
    MatchBand Band);

/// <summary>Level is "Null" when either value is missing.</summary>
public sealed record ComparisonEvidence(string Comparison, string Level, double Weight);
