namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>Australian Business Number: 11 digits, mod 89 after taking 1 from the first digit (ABR, NZAU.md §1.1).</summary>
public static class Abn
{
    private const string Label = "ABN";
    private static readonly int[] Weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

    public static IdentifierCheck Validate(string? input)
    {
        var rejected = IdentifierInput.Reject(IdentifierKind.Abn, Label, input, out var digits)
            ?? IdentifierInput.RejectLength(IdentifierKind.Abn, Label, digits, 11);
        if (rejected is not null)
        {
            return rejected;
        }

        if (digits[0] == '0')
        {
            return IdentifierCheck.Invalid(IdentifierKind.Abn, "ABN cannot start with 0 — check for a typo");
        }

        return HasValidCheckDigits(digits)
            ? IdentifierCheck.Valid(IdentifierKind.Abn, digits, Format(digits))
            : IdentifierCheck.Invalid(IdentifierKind.Abn, "ABN check digits do not match — check for a typo");
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>`51 824 753 556`.</summary>
    public static string Format(string digits) => $"{digits[..2]} {digits[2..5]} {digits[5..8]} {digits[8..]}";

    internal static bool HasValidCheckDigits(string digits)
    {
        if (digits.Length != 11 || digits[0] == '0' || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0' - (i == 0 ? 1 : 0)) * Weights[i];
        }

        return sum % 89 == 0;
    }
}
