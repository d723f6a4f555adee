namespace CrmErpPortal.Data.Entities;

/// <summary>
/// A privacy breach and its assessment (NZ Privacy Act 2020 Part 6 ss 112–118; AU Privacy Act Part IIIC, NDB scheme).
/// Times are UTC. The serious-harm fields follow NZ s 113; <see cref="AuSeriousHarmReasoning"/> holds the OAIC
/// "likely to result in serious harm" reasoning, including whether remedial action prevented it.
/// </summary>
public sealed class PrivacyBreach : IVersioned
{
    public int Id { get; init; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset? OccurredAt { get; set; }
    public DateTimeOffset BecameAwareAt { get; set; }
    public DateTimeOffset? ContainedAt { get; set; }
    public BreachJurisdictions Jurisdictions { get; set; }
    public string? DataTypes { get; set; }
    public int? PeopleAffected { get; set; }
    public string? Recipients { get; set; }
    public EncryptionState Encryption { get; set; }
    public string? ContainmentActions { get; set; }

    public string? HarmMitigation { get; set; }
    public string? HarmSensitivity { get; set; }
    public string? HarmNature { get; set; }
    public string? HarmWhoHasData { get; set; }
    public string? HarmSecurityProtection { get; set; }
    public string? HarmOther { get; set; }
    public string? AuSeriousHarmReasoning { get; set; }

    public BreachDecision Decision { get; set; }
    public string? DecisionReasoning { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    public List<BreachNotification> Notifications { get; } = [];
}

[Flags]
public enum BreachJurisdictions
{
    None = 0,
    NewZealand = 1,
    Australia = 2,
    Both = NewZealand | Australia,
}

public enum EncryptionState
{
    Unknown,
    NotEncrypted,
    PartlyEncrypted,
    EncryptedKeySafe,
    EncryptedKeyExposed,
}

public enum BreachDecision
{
    Undecided,
    Notifiable,
    NotNotifiable,
}

/// <summary>A notice sent about a breach: to the NZ Privacy Commissioner (NotifyUs), the OAIC, or the affected people.</summary>
public sealed class BreachNotification
{
    public int Id { get; init; }
    public int BreachId { get; init; }
    public BreachRecipient Recipient { get; init; }
    public DateTimeOffset SentAt { get; init; }
    public string? Details { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByName { get; init; }
}

public enum BreachRecipient
{
    NzPrivacyCommissioner,
    Oaic,
    AffectedPeople,
}
