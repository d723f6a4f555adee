namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A stuck conversion's price difference settled in the queue: for one line of one quote, whose price stands (the
/// ERP's or the CRM's), at exactly which two prices, and who decided when. The check lets that line through only
/// while both prices are still the recorded ones; accepting the ERP price also pushes it to the CRM quote line.
/// </summary>
public sealed class QuotePriceAcceptance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuoteId { get; set; }
    public required string CrmQuoteId { get; set; }
    public int LineNumber { get; set; }
    public required string ProductNumber { get; set; }

    /// <summary>The Dataverse quotedetail the ERP price is pushed to.</summary>
    public string? CrmQuoteLineId { get; set; }
    public PriceSide AcceptedSide { get; set; }
    public decimal CrmUnitPrice { get; set; }
    public decimal ErpUnitPrice { get; set; }
    public required string CurrencyCode { get; set; }
    public required string AcceptedBy { get; set; }
    public string? AcceptedByName { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }

    /// <summary>The push of the ERP price to the CRM quote line (none when the CRM price was accepted).</summary>
    public Guid? OutboxMessageId { get; set; }
}

public enum PriceSide
{
    Erp,
    Crm,
}
