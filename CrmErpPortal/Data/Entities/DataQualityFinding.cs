using CrmErpPortal.DataQuality.Findings;

namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A data-quality rule's finding on one field of one source record, kept while the source still has it. One row per
/// (source record, field, rule): a repeated pull only moves <see cref="LastSeenAt"/>, a valid value sets
/// <see cref="ResolvedAt"/>. The message never holds the value itself.
/// </summary>
public sealed class DataQualityFinding
{
    public long Id { get; init; }
    public Guid CustomerId { get; set; }
    public Guid? ContactId { get; set; }
    public SourceSystem SourceSystem { get; set; }
    public required string SourceRecordId { get; set; }
    public required string Field { get; set; }
    public required string Rule { get; set; }
    public FindingSeverity Severity { get; set; }
    public required string Message { get; set; }
    public required string CountryCode { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
