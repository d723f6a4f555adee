using PhoneNumbers;

namespace CrmErpPortal.DataQuality.Phones;

/// <summary>Renders a stored E.164 number: national form for viewers in its country, international otherwise (NZAU.md §3).</summary>
public static class PhoneDisplay
{
    /// <summary>`0412 345 678`, `(02) 9876 5432`, `021 123 4567`.</summary>
    public static string National(string e164) => Format(e164, PhoneNumberFormat.NATIONAL);

    /// <summary>`+61 412 345 678`, `+64 21 123 4567`.</summary>
    public static string International(string e164) => Format(e164, PhoneNumberFormat.INTERNATIONAL);

    /// <summary>
    /// AU 13/1300/1800 numbers cannot be dialled from abroad, so they stay in national form for every viewer
    /// rather than showing a +61 form that does not connect.
    /// </summary>
    public static string ForViewer(string e164, string? viewerCountry)
    {
        var number = TryParse(e164);
        if (number is null)
        {
            return e164;
        }

        var util = PhoneRegions.Util;
        var sameCountry = util.GetRegionCodeForNumber(number) == PhoneRegions.From(viewerCountry);
        return sameCountry || !util.CanBeInternationallyDialled(number)
            ? util.Format(number, PhoneNumberFormat.NATIONAL)
            : util.Format(number, PhoneNumberFormat.INTERNATIONAL);
    }

    /// <summary>Display only: a value that is not a valid stored number is shown as it is, never reformatted.</summary>
    private static string Format(string e164, PhoneNumberFormat format)
    {
        var number = TryParse(e164);
        return number is null ? e164 : PhoneRegions.Util.Format(number, format);
    }

    private static PhoneNumber? TryParse(string e164)
    {
        try
        {
            var number = PhoneRegions.Util.Parse(e164, null);
            return PhoneRegions.Util.IsValidNumber(number) ? number : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
