using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Privacy.Breaches;

/// <summary>What the breach form edits; times are UTC. Mutable because the form binds to it.</summary>
public sealed class BreachInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset? OccurredAt { get; set; }
    public DateTimeOffset? BecameAwareAt { get; set; }
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

    public BreachInput Copy() => (BreachInput)MemberwiseClone();
}
