namespace CrmErpPortal.DataQuality.Addresses;

public enum AddressField
{
    Street,
    PostalDelivery,
    Locality,
    State,
    Postcode,
    Country,
    Other,
}
