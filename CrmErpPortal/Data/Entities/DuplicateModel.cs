namespace CrmErpPortal.Data.Entities;

/// <summary>
/// Matching parameters trained on the hub's own customers. The newest one scores every new or changed customer, so an
/// incremental score means the same as a full re-score's.
/// </summary>
public sealed class DuplicateModel
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset TrainedAt { get; set; }
    public int RecordCount { get; set; }
    public long CandidatePairCount { get; set; }
    public required string ParametersJson { get; set; }
}
