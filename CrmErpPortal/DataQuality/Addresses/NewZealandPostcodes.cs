namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>NZ postcodes: exactly 4 digits, leading zero kept; no postcode starts with 00 (NZAU.md §2.2).</summary>
public static class NewZealandPostcodes
{
    public static bool IsValid(string postcode) =>
        postcode.Length == 4 && postcode.All(char.IsAsciiDigit) && !postcode.StartsWith("00", StringComparison.Ordinal);
}
