using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.DataQuality;

public enum BusinessNumberType
{
    None,
    Abn,
    Acn,
    Nzbn,
}

/// <summary>
/// Recognises which business number a value is, for search and sync. The checks themselves, with field messages,
/// live in <see cref="Abn"/>, <see cref="Acn"/>, <see cref="Nzbn"/> and <see cref="IrdNumber"/>.
/// </summary>
public static class BusinessNumbers
{
    /// <summary>Spaces and hyphens are accepted on input; anything else makes it not a number.</summary>
    public static string? Digits(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var kept = input.Where(c => c is not (' ' or '-')).ToArray();
        return kept.Length > 0 && kept.All(char.IsAsciiDigit) ? new string(kept) : null;
    }

    public static (string? Digits, BusinessNumberType Type) Classify(string? input)
    {
        var digits = Digits(input);
        return digits switch
        {
            null => (null, BusinessNumberType.None),
            { Length: 11 } when IsValidAbn(digits) => (digits, BusinessNumberType.Abn),
            { Length: 13 } when IsValidNzbn(digits) => (digits, BusinessNumberType.Nzbn),
            { Length: 9 } when IsValidAcn(digits) => (digits, BusinessNumberType.Acn),
            _ => (digits, BusinessNumberType.None),
        };
    }

    public static bool IsValidAbn(string digits) => Abn.HasValidCheckDigits(digits);

    public static bool IsValidAcn(string digits) => Acn.HasValidCheckDigit(digits);

    public static bool IsValidNzbn(string digits) => Nzbn.HasValidCheckDigit(digits);
}
