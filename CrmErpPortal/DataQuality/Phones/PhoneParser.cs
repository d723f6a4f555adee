using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CrmErpPortal.DataQuality.Phones;

/// <summary>Reads a phone number the way the customer's country writes it and normalises it to E.164 (NZAU.md §3).</summary>
public static partial class PhoneParser
{
    /// <param name="defaultCountry">The customer's country (ISO code or name): national numbers are read as that country's.
    /// Without one, only numbers that start with + (or an international prefix the library knows) can be read.</param>
    public static ParsedPhone Parse(string? input, string? defaultCountry)
    {
        var raw = input ?? string.Empty;
        var (number, message, extension) = Read(raw, defaultCountry, explain: true);
        if (number is null)
        {
            return ParsedPhone.Invalid(raw, message!);
        }

        return new ParsedPhone(
            raw,
            PhoneRegions.Util.Format(number, PhoneNumberFormat.E164),
            PhoneRegions.Util.GetRegionCodeForNumber(number),
            LineTypeOf(PhoneRegions.Util.GetNumberType(number)),
            null)
        {
            Extension = extension,
        };
    }

    /// <summary>Only the E.164 form, without line type or reasons: search and sync call this for every number they see.</summary>
    internal static string? ToE164(string? input, string? defaultCountry) =>
        Read(input ?? string.Empty, defaultCountry, explain: false).Number is { } number
            ? PhoneRegions.Util.Format(number, PhoneNumberFormat.E164)
            : null;

    private static (PhoneNumber? Number, string? Message, string? Extension) Read(string raw, string? defaultCountry, bool explain)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (null, "Enter a phone number", null);
        }

        var extension = Extension().Match(raw);
        var main = extension.Success ? raw[..extension.Index] : raw;
        if (main.Any(char.IsLetter))
        {
            return (null, "Phone number contains letters — enter digits only", null);
        }

        if (main.Any(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not ('+' or '-' or '(' or ')' or '.')))
        {
            return (null, "Phone number can contain only digits, spaces, brackets, hyphens and a leading +", null);
        }

        var region = PhoneRegions.From(defaultCountry);
        PhoneNumber number;
        try
        {
            number = PhoneRegions.Util.Parse(main, region);
        }
        catch (NumberParseException e)
        {
            return (null, MessageFor(e.ErrorType, region), null);
        }

        if (!PhoneRegions.Util.IsValidNumber(number))
        {
            return (null, explain ? MessageForInvalid(number) : null, null);
        }

        return (number, null, extension.Success ? extension.Groups["digits"].Value : null);
    }

    private static string MessageFor(ErrorType error, string? region) => error switch
    {
        ErrorType.INVALID_COUNTRY_CODE when region is null => "Start the number with + and its country code, or set the customer's country",
        ErrorType.INVALID_COUNTRY_CODE => "The country code is not recognised — check the digits after +",
        ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "Phone number is too short",
        ErrorType.TOO_LONG => "Phone number is too long",
        _ => "This is not a phone number",
    };

    /// <summary>
    /// Short numbers like `021 123` can still be "possible" overall (some ranges are short), so length is judged
    /// against what a mobile and a landline of that country need.
    /// </summary>
    private static string MessageForInvalid(PhoneNumber number)
    {
        var asMobile = PhoneRegions.Util.IsPossibleNumberForTypeWithReason(number, PhoneNumberType.MOBILE);
        var asLandline = PhoneRegions.Util.IsPossibleNumberForTypeWithReason(number, PhoneNumberType.FIXED_LINE);
        if (IsShort(asMobile) && IsShort(asLandline))
        {
            return "Phone number is too short";
        }

        return asMobile == PhoneNumberUtil.ValidationResult.TOO_LONG && asLandline == PhoneNumberUtil.ValidationResult.TOO_LONG
            ? "Phone number is too long"
            : "This is not a valid phone number — check the area code and digits";

        static bool IsShort(PhoneNumberUtil.ValidationResult result) =>
            result is PhoneNumberUtil.ValidationResult.TOO_SHORT or PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
    }

    /// <summary>A trailing extension ("ext 12", "x12", "#12"); E.164 has no room for it, so it is kept beside the number.</summary>
    [GeneratedRegex(@"\s*(?:ext(?:ension|n)?\.?|x|\#)\s*(?<digits>\d{1,6})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    private static PhoneLineType LineTypeOf(PhoneNumberType type) => type switch
    {
        PhoneNumberType.MOBILE => PhoneLineType.Mobile,
        PhoneNumberType.FIXED_LINE => PhoneLineType.FixedLine,
        PhoneNumberType.FIXED_LINE_OR_MOBILE => PhoneLineType.FixedLineOrMobile,
        PhoneNumberType.TOLL_FREE => PhoneLineType.TollFree,
        PhoneNumberType.SHARED_COST => PhoneLineType.SharedCost,
        PhoneNumberType.PREMIUM_RATE => PhoneLineType.PremiumRate,
        PhoneNumberType.VOIP => PhoneLineType.Voip,
        PhoneNumberType.PAGER => PhoneLineType.Pager,
        PhoneNumberType.PERSONAL_NUMBER => PhoneLineType.PersonalNumber,
        PhoneNumberType.UNKNOWN => PhoneLineType.Unknown,
        _ => PhoneLineType.Other,
    };
}
