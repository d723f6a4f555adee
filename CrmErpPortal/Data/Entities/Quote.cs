namespace CrmErpPortal.Data.Entities;

public sealed class Quote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string CrmQuoteId { get; set; }
    public required string QuoteNumber { get; set; }
    public required string Name { get; set; }
    public QuoteState State { get; set; }
    public required string CurrencyCode { get; set; }
    public decimal TotalAmount { get; set; }
    public DateOnly? ValidUntil { get; set; }
    /// <summary>When the mirror first saw the quote active (sent to the customer): Dataverse keeps no sent date.</summary>
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? WonAt { get; set; }
    public string? ErpOrderNumber { get; set; }
    public DateTimeOffset SourceModifiedAt { get; set; }
    public DateTimeOffset SyncedAt { get; set; }

    public List<QuoteLine> Lines { get; } = [];
}

public sealed class QuoteLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuoteId { get; set; }
    public int LineNumber { get; set; }
    public required string ProductNumber { get; set; }
    public string? Description { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal LineAmount { get; set; }
}

public enum QuoteState
{
    Draft,
    Active,
    Won,
    Closed,
}
