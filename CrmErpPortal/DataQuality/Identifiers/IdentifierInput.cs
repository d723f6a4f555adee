namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>The input rule shared by every identifier (NZAU.md §1): spaces and hyphens are allowed, anything else is not.</summary>
internal static class IdentifierInput
{
    public static IdentifierCheck? Reject(IdentifierKind kind, string label, string? input, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return IdentifierCheck.Invalid(kind, $"Enter the {label}");
        }

        var kept = new System.Text.StringBuilder(input.Length);
        foreach (var c in input.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                kept.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                return IdentifierCheck.Invalid(kind, $"{label} can contain only digits, spaces and hyphens");
            }
        }

        digits = kept.ToString();
        return digits.Length == 0 ? IdentifierCheck.Invalid(kind, $"Enter the {label}") : null;
    }

    public static IdentifierCheck? RejectLength(IdentifierKind kind, string label, string digits, int expected) =>
        digits.Length == expected
            ? null
            : IdentifierCheck.Invalid(kind, $"{label} must have {expected} digits; this has {digits.Length}");
}
