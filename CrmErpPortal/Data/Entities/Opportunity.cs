namespace CrmErpPortal.Data.Entities;

public sealed class Opportunity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string CrmOpportunityId { get; set; }
    public required string Name { get; set; }
    public string? Stage { get; set; }
    public decimal? EstimatedValue { get; set; }
    public required string CurrencyCode { get; set; }
    public DateOnly? EstimatedCloseDate { get; set; }
    public OpportunityStatus Status { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
}

public enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}
