namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Sub-unit types of AS 4590 / Australia Post (APT, F, U, SE, VLLA, TNHS, RM, OFF, WE, SHOP).</summary>
public enum SubUnitType
{
    Unit,
    Apartment,
    Flat,
    Suite,
    Villa,
    Townhouse,
    Room,
    Office,
    Warehouse,
    Shop,
}
