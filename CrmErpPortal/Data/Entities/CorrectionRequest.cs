namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A person's request to correct a field of their record (NZ IPP 7, AU APP 13), logged by a privacy officer and
/// decided through a change request. Its outcome is the change request's.
/// </summary>
public sealed class CorrectionRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public Guid ChangeRequestId { get; set; }
    public required string FieldName { get; set; }
    public string? ValueSought { get; set; }
    public required string PersonName { get; set; }
    public required string PersonReason { get; set; }
    public required string LoggedBy { get; set; }
    public string? LoggedByName { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
}

/// <summary>
/// The person's statement of the correction sought, kept when the correction was refused, and shown and exported
/// beside the field so that it is read with the information (Privacy Act 2020 s 63(3); APP 13.4).
/// </summary>
public sealed class CorrectionStatement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public Guid CorrectionRequestId { get; set; }
    public required string FieldName { get; set; }
    public required string Statement { get; set; }
    public string? RefusalReason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
