namespace CrmErpPortal.Data.Entities;

public sealed class SalesOrder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string ErpOrderId { get; set; }
    public required string OrderNumber { get; set; }
    public string? ExternalDocumentNumber { get; set; }
    public required string CurrencyCode { get; set; }
    public decimal TotalAmount { get; set; }
    public SalesOrderStatus Status { get; set; }
    public DateOnly OrderDate { get; set; }
    public DateTimeOffset SyncedAt { get; set; }

    public List<SalesOrderStatusChange> StatusHistory { get; } = [];
}

public sealed class SalesOrderStatusChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SalesOrderId { get; set; }
    public SalesOrderStatus Status { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

public enum SalesOrderStatus
{
    Draft,
    InReview,
    Open,
    Released,
    PartiallyShipped,
    Shipped,
    Invoiced,
    OnCreditHold,
    Cancelled,
}
