namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A shared field on which the CRM and the ERP copies of one linked customer disagree (beyond formatting). The drift
/// job keeps at most one open finding per customer and field: a re-run updates it, and resolves it once they agree.
/// </summary>
public sealed class DriftFinding
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public SharedField Field { get; set; }
    public string? CrmValue { get; set; }
    public string? ErpValue { get; set; }

    /// <summary>The system whose value wins by the ownership rules (ARCHITECTURE.md).</summary>
    public SourceSystem OwnerSystem { get; set; }

    /// <summary>The customer's country when last checked (the report filters on it).</summary>
    public required string CountryCode { get; set; }
    public DateTimeOffset DetectedAt { get; set; }
    public DateTimeOffset LastCheckedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The change request proposed to correct it, if any.</summary>
    public Guid? ChangeRequestId { get; set; }
}

/// <summary>The fields both the CRM account and the ERP customer hold.</summary>
public enum SharedField
{
    Name,
    Address,
    Phone,
    Email,
    BusinessNumber,
}

/// <summary>One run of the drift job: when the report's figures were true.</summary>
public sealed class DriftRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public int CustomersCompared { get; set; }
    public int Detected { get; set; }
    public int Resolved { get; set; }
    public int Open { get; set; }
}
