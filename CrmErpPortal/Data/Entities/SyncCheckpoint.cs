namespace CrmErpPortal.Data.Entities;

public sealed class SyncCheckpoint : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public SourceSystem System { get; set; }
    public required string Entity { get; set; }
    public string? DeltaToken { get; set; }
    public DateTimeOffset? Watermark { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}
