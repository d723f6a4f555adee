using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Data.Outbox;

/// <summary>
/// One write to one record of one system, written in the same transaction as the approval that caused it. The
/// idempotency key makes a second approval (or a replayed one) unable to add a second message for the same write.
/// </summary>
public sealed class OutboxMessage : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? ChangeRequestId { get; set; }
    public SourceSystem TargetSystem { get; set; }

    /// <summary>The record written: a Dataverse account id or a Business Central customer id.</summary>
    public required string ExternalId { get; set; }
    public required string Operation { get; set; }

    /// <summary>The field changes in the portal's terms (<see cref="OutboxPayload"/>); mapped to the wire when sent.</summary>
    public required string PayloadJson { get; set; }
    public required string IdempotencyKey { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A sender holds the message until then; a sweep takes back one whose sender died.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the system confirmed the write (or the portal found it already applied).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The record's etag after the write, so the pull that sees it knows it for the portal's own change.</summary>
    public string? ResultEtag { get; set; }
    public long Version { get; set; }

    public List<OutboxAttempt> History { get; } = [];
}

public enum OutboxStatus
{
    Pending,
    Sending,
    Succeeded,

    /// <summary>Stopped by an Admin or DataSteward from the dead-letter list; never sent again.</summary>
    Cancelled,
    DeadLettered,
    Conflicted,
}
