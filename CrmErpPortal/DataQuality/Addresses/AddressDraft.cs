namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>The parts found so far while reading an address, before it is checked and frozen.</summary>
internal sealed class AddressDraft
{
    public string? Country { get; set; }

    public string? RawState { get; set; }

    public string? State { get; set; }

    public string? Postcode { get; set; }

    public string? Locality { get; set; }

    public string? Suburb { get; set; }

    public string? Lobby { get; set; }

    public string? BuildingName { get; set; }

    public UnitAndLevel UnitAndLevel { get; set; } = UnitAndLevel.None;

    public StreetParts? Street { get; set; }

    public PostalDeliveryType? PostalDeliveryType { get; set; }

    public string? PostalDeliveryNumber { get; set; }

    public string? RuralDeliveryNumber { get; set; }

    public string? DeliveryPointId { get; set; }

    public List<string> Unplaced { get; } = [];
}
