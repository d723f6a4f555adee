namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A request from a person for the information the business holds about them (NZ IPP 6, AU APP 12): who asked,
/// whom it concerns, when it arrived and is due, the identity check, the gathered package and the outcome.
/// </summary>
public sealed class AccessRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RequesterName { get; set; }
    public string? RequesterEmail { get; set; }
    public string? RequesterPhone { get; set; }

    /// <summary>What the person asked for, in their words or the officer's summary.</summary>
    public string? RequestDetails { get; set; }

    public AccessSubjectKind SubjectKind { get; set; }

    /// <summary>The contact's or customer's hub id.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>The customer the subject belongs to (the customer itself for a sole trader or person).</summary>
    public Guid SubjectCustomerId { get; set; }

    /// <summary>The person's name when the request was logged, so the register still reads after a purge.</summary>
    public required string SubjectName { get; set; }

    public PrivacyJurisdiction Jurisdiction { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly OriginalDueOn { get; set; }

    /// <summary>The date the answer is due now: the statutory date, or the latest extension's.</summary>
    public DateOnly DueOn { get; set; }

    public AccessRequestStatus Status { get; set; }

    public bool IdentityVerified { get; set; }
    public string? IdentityMethod { get; set; }
    public string? IdentityVerifiedBy { get; set; }
    public string? IdentityVerifiedByName { get; set; }
    public DateTimeOffset? IdentityVerifiedAt { get; set; }

    public GatherState GatherState { get; set; }
    public string? GatherStep { get; set; }
    public int GatherPercent { get; set; }
    public string? GatherError { get; set; }
    public DateTimeOffset? GatherStartedAt { get; set; }
    public DateTimeOffset? GatherFinishedAt { get; set; }

    /// <summary>Live reads that failed while gathering, one per line; the package says so too.</summary>
    public string? GatherWarnings { get; set; }

    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>How the package went to the person (e.g. emailed to the verified address).</summary>
    public string? ReleaseMethod { get; set; }
    public string? RefusalReason { get; set; }

    public required string LoggedBy { get; set; }
    public string? LoggedByName { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
    public long Version { get; set; }

    public List<AccessRequestExtension> Extensions { get; } = [];
}

/// <summary>An extension of the time limit (NZ s 48): the new date, why, and who decided it when.</summary>
public sealed class AccessRequestExtension
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AccessRequestId { get; set; }
    public DateOnly PreviousDueOn { get; set; }
    public DateOnly NewDueOn { get; set; }
    public required string Reason { get; set; }
    public required string ExtendedBy { get; set; }
    public string? ExtendedByName { get; set; }
    public DateTimeOffset ExtendedAt { get; set; }
}

/// <summary>The gathered package: everything held about the person, as JSON and as a readable HTML report.</summary>
public sealed class AccessRequestPackage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AccessRequestId { get; set; }
    public required string Json { get; set; }
    public required string Html { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum AccessSubjectKind
{
    Contact,

    /// <summary>A customer who is a person: a sole trader or partner.</summary>
    Customer,
}

public enum PrivacyJurisdiction
{
    Nz,
    Au,
}

public enum AccessRequestStatus
{
    Received,
    Gathering,
    Ready,
    Extended,
    Released,
    Refused,
}

public enum GatherState
{
    NotStarted,
    Queued,
    Running,
    Succeeded,
    Failed,
}
