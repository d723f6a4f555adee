namespace CrmErpPortal.Data.Entities;

/// <summary>A subscription the portal holds at a source system (Business Central's expire after three days).</summary>
public sealed class WebhookSubscription : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public SourceSystem System { get; set; }
    public required string Resource { get; set; }
    public string? ExternalId { get; set; }
    public string? Etag { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastRenewedAt { get; set; }
    public string? LastError { get; set; }
    public long Version { get; set; }
}
