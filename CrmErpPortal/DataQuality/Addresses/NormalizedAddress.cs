namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>
/// An AU or NZ address split into its parts (AS 4590 / NZ Post), in capitals without punctuation, street types as
/// full words. Macrons are kept; comparison folds them.
/// </summary>
public sealed record NormalizedAddress
{
    /// <summary>"AU", "NZ", or the source's own text for other countries; null when unknown.</summary>
    public string? Country { get; init; }

    public string? BuildingName { get; init; }

    public SubUnitType? SubUnitType { get; init; }

    public string? SubUnitNumber { get; init; }

    public LevelType? LevelType { get; init; }

    public string? LevelNumber { get; init; }

    /// <summary>"12", "12A", a range "4-12", or an AU lot number "LOT 5".</summary>
    public string? StreetNumber { get; init; }

    public string? StreetName { get; init; }

    /// <summary>Canonical full word, e.g. "STREET", "AVENUE".</summary>
    public string? StreetType { get; init; }

    /// <summary>Directional code: N, S, E, W, NE, NW, SE, SW, CN, EX, LR, UP.</summary>
    public string? StreetSuffix { get; init; }

    public PostalDeliveryType? PostalDeliveryType { get; init; }

    public string? PostalDeliveryNumber { get; init; }

    /// <summary>The NZ box lobby (or AU delivering post office) when it differs from the locality.</summary>
    public string? Lobby { get; init; }

    /// <summary>NZ rural delivery round: "2" for RD 2.</summary>
    public string? RuralDeliveryNumber { get; init; }

    /// <summary>NZ suburb line; AU suburbs are the locality.</summary>
    public string? Suburb { get; init; }

    /// <summary>AU locality (suburb or town); NZ town or city, the mail town for rural addresses.</summary>
    public string? Locality { get; init; }

    /// <summary>AU state or territory code; always null for NZ.</summary>
    public string? State { get; init; }

    public string? Postcode { get; init; }

    public string? DeliveryPointId { get; init; }

    public IReadOnlyList<AddressIssue> Issues { get; init; } = [];

    public bool IsPostal => PostalDeliveryType is not null;

    public bool HasErrors => Issues.Any(i => i.Severity == AddressIssueSeverity.Error);
}
