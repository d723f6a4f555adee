using CrmErpPortal.DataQuality.Phones;

namespace CrmErpPortal.DataQuality;

/// <summary>Phones to E.164 for search and sync; <see cref="PhoneParser"/> gives the reason when a number is refused.</summary>
public static class PhoneNormalizer
{
    /// <summary>The E.164 form, or null when the input is empty or not a valid number. Countries other than AU read as NZ, as before.</summary>
    public static string? ToE164(string? input, string? countryCode) =>
        PhoneParser.ToE164(input, countryCode is "NZ" or "AU" ? countryCode : "NZ");
}
