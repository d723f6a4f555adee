namespace CrmErpPortal.Data.Outbox;

/// <summary>One try at sending a message and what the system answered; the dead-letter list shows them.</summary>
public sealed class OutboxAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OutboxMessageId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset AttemptedAt { get; set; }
    public OutboxAttemptOutcome Outcome { get; set; }
    public int? HttpStatus { get; set; }

    /// <summary>What the system said, in words, without field values (they may be personal data).</summary>
    public string? Detail { get; set; }

    /// <summary>The Hangfire job that made the attempt, or "sweep" / "inline".</summary>
    public string? JobId { get; set; }
}

public enum OutboxAttemptOutcome
{
    Applied,

    /// <summary>Re-read before writing showed the values were already there (a write that committed but timed out).</summary>
    AlreadyApplied,
    Conflict,
    Throttled,
    ServerError,
    Timeout,
    Unreachable,
    Rejected,
    NotFound,
}
