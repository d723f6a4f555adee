namespace CrmErpPortal.Data.Entities;

public sealed record PostalAddress(
    string Line1,
    string? Line2,
    string? Locality,
    string? City,
    string? Region,
    string? Postcode,
    string CountryCode)
{
    /// <summary>The address on one line, empty parts left out (how the portal shows and compares it as text).</summary>
    public string OneLine() => string.Join(", ", new[] { Line1, Line2, Locality, City, Region, Postcode, CountryCode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
