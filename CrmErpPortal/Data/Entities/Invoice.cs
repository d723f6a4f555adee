namespace CrmErpPortal.Data.Entities;

public sealed class Invoice
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string ErpInvoiceId { get; set; }
    public required string InvoiceNumber { get; set; }
    public required string CurrencyCode { get; set; }
    public decimal TotalAmount { get; set; }
    public decimal RemainingAmount { get; set; }
    public DateOnly InvoiceDate { get; set; }
    public DateOnly DueDate { get; set; }
    public InvoiceStatus Status { get; set; }

    /// <summary>The invoice's last change in the ERP when the mirror first saw it paid: Business Central has no paid date on the invoice.</summary>
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
}

public enum InvoiceStatus
{
    Open,
    Paid,
    Cancelled,
}
