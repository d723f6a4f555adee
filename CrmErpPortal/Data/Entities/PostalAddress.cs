namespace CrmErpPortal.Data.Entities;

public sealed record PostalAddress(
    string Line1,
    string? Line2,
    string? Locality,
    string? City,
    string? Region,
    string? Postcode,
    string CountryCode);
