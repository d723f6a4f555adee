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

    /// <summary>
    /// Set when a merge moved this link to another customer: the customer the source record first belonged to. Such a
    /// link still feeds its child rows to the survivor, but its golden-record fields should not overwrite the survivor's.
    /// </summary>
    public Guid? MergedFromCustomerId { get; set; }
    public long Version { get; set; }
}

public enum SourceSystem
{
    Crm,
    Erp,
}
