namespace CrmErpPortal.Matching.Clustering;

/// <summary>Records joined, directly or through others, by pairs at or above the clustering threshold.</summary>
public sealed record DuplicateCluster(IReadOnlyList<string> RecordIds, int LinkCount, double WeakestLinkProbability);
