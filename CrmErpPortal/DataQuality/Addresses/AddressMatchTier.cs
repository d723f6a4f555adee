namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>The tiers of NZAU.md §2.4, plus <see cref="Different"/> for a pair that falls in none of them.</summary>
public enum AddressMatchTier
{
    /// <summary>Auto-link.</summary>
    SameDeliveryPoint,

    /// <summary>Everything but unit or level: related, not a duplicate.</summary>
    SameBuilding,

    /// <summary>Steward queue, never auto-merge.</summary>
    Probable,

    /// <summary>A box or bag against a street address, or two box types: keep both, even for one customer.</summary>
    NeverTheSame,

    Different,
}

public sealed record AddressMatch(AddressMatchTier Tier, string Reason);
