using PhoneNumbers;

namespace CrmErpPortal.DataQuality.Phones;

internal static class PhoneRegions
{
    public static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Held once: the library rebuilds the set on every GetSupportedRegions call, which costs more than a parse.</summary>
    private static readonly HashSet<string> Supported = [.. Util.GetSupportedRegions()];

    /// <summary>A region libphonenumber knows, from an ISO code or a country name ("New Zealand"); null when unknown.</summary>
    public static string? From(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var code = CountryCodes.FromText(country) ?? country.Trim().ToUpperInvariant();
        return Supported.Contains(code) ? code : null;
    }
}
