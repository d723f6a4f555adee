namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>
/// New Zealand Business Number: a 13-digit GS1 GLN with GS1 New Zealand's prefix 94 (NZAU.md §1.4).
/// Organisation Part numbers pass the same check, so a valid result does not prove the number names an entity.
/// </summary>
public static class Nzbn
{
    private const string Label = "NZBN";

    public static IdentifierCheck Validate(string? input)
    {
        var rejected = IdentifierInput.Reject(IdentifierKind.Nzbn, Label, input, out var digits)
            ?? IdentifierInput.RejectLength(IdentifierKind.Nzbn, Label, digits, 13);
        if (rejected is not null)
        {
            return rejected;
        }

        if (!digits.StartsWith("94", StringComparison.Ordinal))
        {
            return IdentifierCheck.Invalid(IdentifierKind.Nzbn, "NZBN must start with 94, the New Zealand prefix");
        }

        return HasValidCheckDigit(digits)
            ? IdentifierCheck.Valid(IdentifierKind.Nzbn, digits, Format(digits))
            : IdentifierCheck.Invalid(IdentifierKind.Nzbn, "NZBN check digit does not match — check for a typo");
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>NZBNs are shown as the plain 13 digits.</summary>
    public static string Format(string digits) => digits;

    internal static bool HasValidCheckDigit(string digits)
    {
        if (digits.Length != 13 || !digits.StartsWith("94", StringComparison.Ordinal) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - sum % 10) % 10 == digits[12] - '0';
    }
}
