namespace CrmErpPortal.Data.Entities;

public sealed class SyncRun
{
    public long Id { get; init; }
    public SourceSystem System { get; set; }
    public required string Entity { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public SyncRunStatus Status { get; set; }
    /// <summary>How many rows the source says there are, when it says (for a full load's progress bar).</summary>
    public int? Total { get; set; }

    public int Read { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Deleted { get; set; }
    public int Errors { get; set; }
    public string? ErrorSummary { get; set; }
}

public enum SyncRunStatus
{
    Running,
    Succeeded,
    Failed,
}
