namespace CrmErpPortal.Data.Entities;

public sealed class ConversionIssue : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public Guid? QuoteId { get; set; }

    /// <summary>For an order on credit hold: the mirrored ERP order the issue is about.</summary>
    public Guid? SalesOrderId { get; set; }
    public ConversionCause Cause { get; set; }
    public required string Detail { get; set; }
    public string? CurrencyCode { get; set; }
    public decimal? Amount { get; set; }
    public string? OwnerName { get; set; }
    public ConversionIssueStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public long Version { get; set; }
}

public enum ConversionCause
{
    NoErpCustomer,
    CustomerBlocked,
    CreditLimitExceeded,
    PriceMismatch,
    CurrencyMismatch,
    MissingAddress,
    InvalidTaxNumber,
    QuoteExpired,
    NoOrderAfterWin,
    OrderOnCreditHold,
}

public enum ConversionIssueStatus
{
    Open,
    Resolved,
    Dismissed,
}
