namespace CrmErpPortal.Data.Entities;

public sealed class CreditProfile : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string ErpCustomerId { get; set; }
    public required string CurrencyCode { get; set; }
    public decimal CreditLimit { get; set; }
    public decimal Balance { get; set; }
    public decimal OverdueAmount { get; set; }
    public decimal AgingCurrent { get; set; }
    public decimal Aging30 { get; set; }
    public decimal Aging60 { get; set; }
    public decimal Aging90Plus { get; set; }
    public string? PaymentTermsCode { get; set; }
    public CreditBlocked Blocked { get; set; }
    public DateTimeOffset AsOf { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
    public long Version { get; set; }
}

public enum CreditBlocked
{
    None,
    Ship,
    Invoice,
    All,
}
