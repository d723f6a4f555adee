namespace CrmErpPortal.Data.Entities;

public sealed class AuditEvent
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public string? BeforeJson { get; init; }
    public string? AfterJson { get; init; }
    public string? CorrelationId { get; init; }
}
