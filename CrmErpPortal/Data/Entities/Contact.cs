namespace CrmErpPortal.Data.Entities;

public sealed class Contact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string CrmContactId { get; set; }
    public string? FirstName { get; set; }
    public required string LastName { get; set; }
    public string? JobTitle { get; set; }
    public string? Email { get; set; }
    public string? PhoneE164 { get; set; }
    public string? MobileE164 { get; set; }
    public bool IsPrimary { get; set; }
    public DateTimeOffset SourceModifiedAt { get; set; }
    public DateTimeOffset SyncedAt { get; set; }

    /// <summary>Kept whatever the retention rules say; set and cleared by a privacy officer.</summary>
    public bool LegalHold { get; set; }

    public string? LegalHoldReason { get; set; }

    /// <summary>When an approved retention purge removed the person's identifiers; a pull never writes them back.</summary>
    public DateTimeOffset? DeidentifiedAt { get; set; }
}
