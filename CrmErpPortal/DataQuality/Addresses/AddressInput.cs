namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>
/// An address as a source holds it. Lines may carry everything in one string ("3/12 Smith St, North Sydney NSW 2060")
/// or only the street; whatever the separate fields leave out is read from the lines.
/// </summary>
public sealed record AddressInput(
    string? Line1,
    string? Line2 = null,
    string? Locality = null,
    string? State = null,
    string? Postcode = null,
    string? Country = null)
{
    /// <summary>An authoritative delivery-point id (Australia Post DPID, G-NAF id, NZ Post DPID), prefixed with its scheme.</summary>
    public string? DeliveryPointId { get; init; }
}
