namespace CrmErpPortal.Data.Entities;

/// <summary>One duplicate-scoring run (a full re-score or the changed customers after a sync), with its progress.</summary>
public sealed class DuplicateScoringRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ScoringRunKind Kind { get; set; }
    public ScoringRunStatus Status { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Phase { get; set; }
    public int Processed { get; set; }
    public int Total { get; set; }
    public long CandidatePairs { get; set; }
    public int PairsProposed { get; set; }
    public int PairsReopened { get; set; }
    public int PairsDismissed { get; set; }

    /// <summary>The newest customer change this run covered; the next incremental run starts after it.</summary>
    public DateTimeOffset? ChangesUpTo { get; set; }
    public string? Error { get; set; }
}

public enum ScoringRunKind
{
    Full,
    Changed,
}

public enum ScoringRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
