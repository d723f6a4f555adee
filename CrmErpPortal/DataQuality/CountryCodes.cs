namespace CrmErpPortal.DataQuality;

public static class CountryCodes
{
    /// <summary>NZ or AU from what a system holds ("New Zealand", "NZ", "Aotearoa", "Australia", "AU"); null otherwise.</summary>
    public static string? FromText(string? country) => country?.Trim().ToUpperInvariant() switch
    {
        "NZ" or "NZL" or "NEW ZEALAND" or "AOTEAROA" or "AOTEAROA NEW ZEALAND" => "NZ",
        "AU" or "AUS" or "AUSTRALIA" => "AU",
        _ => null,
    };
}
