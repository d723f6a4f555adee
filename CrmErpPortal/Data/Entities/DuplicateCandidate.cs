namespace CrmErpPortal.Data.Entities;

public sealed class DuplicateCandidate : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerAId { get; set; }
    public Guid CustomerBId { get; set; }
    public double Score { get; set; }
    public double MatchWeight { get; set; }
    public MatchBand Band { get; set; }
    public DuplicateStatus Status { get; set; }
    public List<MatchEvidence> Evidence { get; set; } = [];

    /// <summary>log2 of the prior odds the score started from, so the waterfall can be drawn without the model.</summary>
    public double PriorWeight { get; set; }

    /// <summary>A hash of both records' compared fields when the pair was last scored.</summary>
    public string? FieldsFingerprint { get; set; }

    /// <summary>The compared-fields hash when a steward decided "not a duplicate": the pair is proposed again only once it differs.</summary>
    public string? DecisionFingerprint { get; set; }

    public DateTimeOffset? DeferredUntil { get; set; }

    /// <summary>The open pairs linked to each other through shared records form a cluster, named by its smallest customer id.</summary>
    public Guid? ClusterId { get; set; }

    public int ClusterSize { get; set; }

    public DateTimeOffset ScoredAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}

public sealed record MatchEvidence(string Field, string Level, double Weight, string? LeftValue, string? RightValue);

public enum MatchBand
{
    AutoLink,
    Review,
    Ignore,
}

public enum DuplicateStatus
{
    Open,
    Merged,
    NotDuplicate,
    Dismissed,
    Deferred,
}
