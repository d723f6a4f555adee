using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Data.Outbox;

public sealed class OutboxMessage : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? ChangeRequestId { get; set; }
    public SourceSystem TargetSystem { get; set; }
    public required string Operation { get; set; }
    public required string PayloadJson { get; set; }
    public required string IdempotencyKey { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public long Version { get; set; }
}

public enum OutboxStatus
{
    Pending,
    Sending,
    Succeeded,
    Failed,
    DeadLettered,
    Conflicted,
}
