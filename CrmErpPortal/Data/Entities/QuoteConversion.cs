namespace CrmErpPortal.Data.Entities;

/// <summary>
/// Where one CRM quote stands on its way to an ERP order: the last check's outcome, and once converted the ERP order and
/// the CRM order that links back to the quote. One row per quote.
/// </summary>
public sealed class QuoteConversion : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuoteId { get; set; }
    public Guid CustomerId { get; set; }
    public required string CrmQuoteId { get; set; }
    public QuoteConversionStatus Status { get; set; }
    public decimal Amount { get; set; }
    public required string CurrencyCode { get; set; }
    public string? ErpOrderId { get; set; }
    public string? ErpOrderNumber { get; set; }
    public string? CrmOrderId { get; set; }

    /// <summary>The last check's failures and warnings in plain words, one per line (what the rep sees).</summary>
    public string? Summary { get; set; }
    public decimal? Exposure { get; set; }
    public int Attempts { get; set; }
    public string? LastRequestedBy { get; set; }
    public DateTimeOffset FirstAttemptAt { get; set; }
    public DateTimeOffset LastAttemptAt { get; set; }
    public DateTimeOffset? ConvertedAt { get; set; }
    public long Version { get; set; }
}

public enum QuoteConversionStatus
{
    Failed,

    /// <summary>The ERP order exists; the CRM has not yet recorded it (the link back is retried).</summary>
    OrderCreated,
    Converted,
}
