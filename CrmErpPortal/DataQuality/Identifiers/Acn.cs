namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>Australian Company Number (ARBN and ARSN use the same rule): 9 digits, weighted mod 10 check digit (ASIC, NZAU.md §1.2).</summary>
public static class Acn
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 1];

    /// <param name="label">"ARBN" or "ARSN" when the field holds one of those.</param>
    public static IdentifierCheck Validate(string? input, string label = "ACN")
    {
        var rejected = IdentifierInput.Reject(IdentifierKind.Acn, label, input, out var digits)
            ?? IdentifierInput.RejectLength(IdentifierKind.Acn, label, digits, 9);
        if (rejected is not null)
        {
            return rejected;
        }

        return HasValidCheckDigit(digits)
            ? IdentifierCheck.Valid(IdentifierKind.Acn, digits, Format(digits))
            : IdentifierCheck.Invalid(IdentifierKind.Acn, $"{label} check digit does not match — check for a typo");
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>`004 085 616`: three groups of three, as ASIC prints it.</summary>
    public static string Format(string digits) => $"{digits[..3]} {digits[3..6]} {digits[6..]}";

    internal static bool HasValidCheckDigit(string digits)
    {
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return (10 - sum % 10) % 10 == digits[8] - '0';
    }
}
