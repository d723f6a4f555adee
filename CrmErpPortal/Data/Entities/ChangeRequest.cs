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

    /// <summary>The requester's name as shown to approvers (the id above is what the four-eyes rule compares).</summary>
    public string? RequestedByName { get; set; }

    public string? DecidedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When the requester sent it for approval (a draft has none).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }
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
    /// <summary>The etag of the target record (the CRM's for a field pushed to both systems).</summary>
    public string? BasedOnEtag { get; set; }

    /// <summary>For a field pushed to both systems: the ERP record's etag.</summary>
    public string? BasedOnErpEtag { get; set; }

    /// <summary>The source record to write when it is not the customer's own link (a merge deactivating the duplicate).</summary>
    public string? TargetExternalId { get; set; }

    /// <summary>What the system held when a push found the field changed by someone else (shown beside the request's value).</summary>
    public string? ConflictValue { get; set; }
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
    DriftReport,
}

public enum ChangeTarget
{
    Crm,
    Erp,
    Both,
}
