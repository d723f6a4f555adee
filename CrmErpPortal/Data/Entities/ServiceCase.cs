namespace CrmErpPortal.Data.Entities;

public sealed class ServiceCase
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string CrmCaseId { get; set; }
    public required string Title { get; set; }
    public CasePriority Priority { get; set; }
    public CaseStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
}

public enum CasePriority
{
    Low,
    Normal,
    High,
}

public enum CaseStatus
{
    Open,
    Resolved,
    Cancelled,
}
