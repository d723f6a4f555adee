namespace CrmErpPortal.Data.Entities;

public sealed class ChangeRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public ChangeRequestStatus Status { get; set; }
    public required string Reason { get; set; }
    public ChangeSource Source { get; set; }
    public required string RequiredApproverRole { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }
    public long Version { get; set; }

    public List<ChangeRequestField> Fields { get; } = [];
}

public sealed class ChangeRequestField
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ChangeRequestId { get; set; }
    public required string FieldName { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public ChangeTarget TargetSystem { get; set; }
    public string? BasedOnEtag { get; set; }
}

public enum ChangeRequestStatus
{
    Draft,
    Pending,
    Approved,
    Rejected,
    Pushing,
    Done,
    Failed,
    Conflicted,
}

public enum ChangeSource
{
    Customer360,
    Merge,
    Conversion,
    DataQuality,
    Privacy,
}

public enum ChangeTarget
{
    Crm,
    Erp,
    Both,
}
