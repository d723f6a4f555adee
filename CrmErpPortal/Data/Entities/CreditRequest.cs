namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A request to credit control: a one-off override that lets one order (quote, amount, currency) past a failed credit
/// check once, or a new credit limit (pushed to the ERP as a change request when approved).
/// </summary>
public sealed class CreditRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public CreditRequestKind Kind { get; set; }

    /// <summary>An override's quote (hub id and CRM id); none for a new limit.</summary>
    public Guid? QuoteId { get; set; }
    public string? CrmQuoteId { get; set; }

    /// <summary>The order amount an override covers, or the new limit asked for.</summary>
    public decimal Amount { get; set; }
    public required string CurrencyCode { get; set; }
    public required string Reason { get; set; }
    public CreditRequestStatus Status { get; set; }
    public required string RequestedBy { get; set; }
    public string? RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }

    /// <summary>An approved override is usable until then.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public string? UsedForOrderNumber { get; set; }

    /// <summary>An approved new limit: the change request that pushes it to the ERP.</summary>
    public Guid? ChangeRequestId { get; set; }
    public long Version { get; set; }
}

public enum CreditRequestKind
{
    Override,
    NewLimit,
}

public enum CreditRequestStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>An override that let its order through: it never applies again.</summary>
    Used,
    Withdrawn,
}
