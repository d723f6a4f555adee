using PhoneNumbers;

namespace CrmErpPortal.DataQuality;

/// <summary>Phones to E.164 with libphonenumber, reading national formats in the customer's country (NZAU.md §3).</summary>
public static class PhoneNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form, or null when the input is empty or not a valid number for any region.</summary>
    public static string? ToE164(string? input, string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        try
        {
            var number = Util.Parse(input, countryCode is "NZ" or "AU" ? countryCode : "NZ");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
