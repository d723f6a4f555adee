namespace CrmErpPortal.Data.Entities;

public sealed class Customer : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string DisplayName { get; set; }
    public string? LegalName { get; set; }
    public required string NormalizedName { get; set; }
    public string? CustomerNumber { get; set; }
    public string? BusinessNumber { get; set; }
    public BusinessNumberKind BusinessNumberKind { get; set; }
    public required string CountryCode { get; set; }
    public PostalAddress? BillingAddress { get; set; }
    public PostalAddress? ShippingAddress { get; set; }
    public string? PhoneE164 { get; set; }
    public string? Email { get; set; }
    public string? Segment { get; set; }
    public CustomerStatus Status { get; set; }
    public string? OwnerName { get; set; }
    public string? OwnerUserId { get; set; }
    public Guid? MergedIntoCustomerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    /// <summary>Kept whatever the retention rules say (litigation, a regulator's inquiry); set and cleared by a privacy officer.</summary>
    public bool LegalHold { get; set; }

    public string? LegalHoldReason { get; set; }

    /// <summary>When an approved retention purge removed its direct identifiers; a pull never writes them back.</summary>
    public DateTimeOffset? DeidentifiedAt { get; set; }

    public List<SourceLink> SourceLinks { get; } = [];
    public List<Contact> Contacts { get; } = [];
}

public enum BusinessNumberKind
{
    None,
    Abn,
    Acn,
    Nzbn,
    NzCompanyNumber,
}

public enum CustomerStatus
{
    Prospect,
    Active,
    OnHold,
    Inactive,
    Merged,
}
