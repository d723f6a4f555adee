namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A record the nightly retention job found due for de-identification, waiting for a privacy officer. The reason says
/// which rule and the dates that made it due; it never holds the record's personal data.
/// </summary>
public sealed class RetentionProposal
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }

    /// <summary>Set for a contact-only proposal; null when the whole customer (and its contacts) is due.</summary>
    public Guid? ContactId { get; set; }

    public RetentionCategory Category { get; set; }
    public required string Rule { get; set; }
    public required string DueReason { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public RetentionProposalStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }
}

public enum RetentionCategory
{
    Prospect,
    FormerCustomer,
    InactiveContact,
}

public enum RetentionProposalStatus
{
    Pending,
    Purged,
    Kept,
}
