namespace CrmErpPortal.Data.Entities;

public sealed class SourceLink : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public SourceSystem System { get; set; }
    public required string ExternalId { get; set; }
    public string? ExternalNumber { get; set; }
    public string? SourceEtag { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public string? PayloadHash { get; set; }
    public bool IsDeletedAtSource { get; set; }
    public long Version { get; set; }
}

public enum SourceSystem
{
    Crm,
    Erp,
}
