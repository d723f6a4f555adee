namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>
/// NZ IRD number, also the GST number of a registered business: 8 or 9 digits, a range check, then the two-pass
/// mod 11 of Inland Revenue's RWT/NRWT specification (NZAU.md §1.5).
/// </summary>
public static class IrdNumber
{
    /// <summary>IRD's bounds are the issued range plus growth room, so callers may take them from configuration.</summary>
    public const long DefaultMinimum = 10_000_000;

    public const long DefaultMaximum = 150_000_000;

    private static readonly int[] FirstWeights = [3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] SecondWeights = [7, 4, 3, 2, 5, 2, 7, 6];

    /// <param name="label">"GST number" when the field holds a GST registration.</param>
    public static IdentifierCheck Validate(
        string? input, long minimum = DefaultMinimum, long maximum = DefaultMaximum, string label = "IRD number")
    {
        var rejected = IdentifierInput.Reject(IdentifierKind.Ird, label, input, out var digits);
        if (rejected is not null)
        {
            return rejected;
        }

        if (digits.Length is not (8 or 9))
        {
            return IdentifierCheck.Invalid(IdentifierKind.Ird, $"{label} must have 8 or 9 digits; this has {digits.Length}");
        }

        var value = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (value < minimum || value > maximum)
        {
            return IdentifierCheck.Invalid(IdentifierKind.Ird, $"{label} is outside the range Inland Revenue issues — check for a typo");
        }

        var canonical = value.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return CheckDigit(canonical[..^1].PadLeft(8, '0')) == canonical[^1] - '0'
            ? IdentifierCheck.Valid(IdentifierKind.Ird, canonical, Format(canonical))
            : IdentifierCheck.Invalid(IdentifierKind.Ird, $"{label} check digit does not match — check for a typo");
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>`49-091-850` for 8 digits, `136-410-132` for 9.</summary>
    public static string Format(string digits) => $"{digits[..^6]}-{digits[^6..^3]}-{digits[^3..]}";

    /// <summary>The check digit for an 8-digit base, or -1 when both passes give 10 (no valid number has that base).</summary>
    private static int CheckDigit(string eight)
    {
        var check = Pass(eight, FirstWeights);
        if (check == 10)
        {
            check = Pass(eight, SecondWeights);
        }

        return check == 10 ? -1 : check;

        static int Pass(string digits, int[] weights)
        {
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (digits[i] - '0') * weights[i];
            }

            var remainder = sum % 11;
            return remainder == 0 ? 0 : 11 - remainder;
        }
    }
}
