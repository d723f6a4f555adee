namespace CrmErpPortal.Data.Entities;

public sealed class MergeRecord : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SurvivorCustomerId { get; set; }
    public Guid MergedCustomerId { get; set; }
    public Guid? DuplicateCandidateId { get; set; }
    public required string FieldChoicesJson { get; set; }
    public required string SurvivorBeforeJson { get; set; }
    public required string MergedBeforeJson { get; set; }
    public required string MergedBy { get; set; }
    public DateTimeOffset MergedAt { get; set; }
    public string? UnmergedBy { get; set; }
    public DateTimeOffset? UnmergedAt { get; set; }
    public long Version { get; set; }
}
