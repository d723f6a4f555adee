using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Matching;

/// <summary>A record normalised once for comparing and blocking; empty string means missing.</summary>
internal sealed class PreparedRecord
{
    public required MatchRecord Source { get; init; }
    public RecordKind Kind => Source.Kind;
    public required string GivenName { get; init; }
    public required string GivenPhonetic { get; init; }
    public required string Surname { get; init; }
    public required string SurnamePhonetic { get; init; }
    public required string OrganisationName { get; init; }
    public required string OrganisationPhonetic { get; init; }

    /// <summary>The distinct words of the organisation name, sorted ordinally.</summary>
    public required string[] OrganisationWords { get; init; }
    public required string StreetNumber { get; init; }
    public required string Street { get; init; }

    /// <summary>Unit, level, street number and street (or box, or rural delivery) as parsed parts; null when none.</summary>
    public required NormalizedAddress? DeliveryLine { get; init; }
    public required string AddressLine2 { get; init; }
    public required string Locality { get; init; }
    public required string Postcode { get; init; }
    public required string State { get; init; }
    public required string Country { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string BusinessNumber { get; init; }
    public required string DateOfBirth { get; init; }
    public required string OtherIdentifier { get; init; }

    /// <summary>Orders records inside an oversized block for the sorted-neighbourhood window.</summary>
    public required string SortKey { get; init; }
}
