namespace CrmErpPortal.DataQuality;

public enum BusinessNumberType
{
    None,
    Abn,
    Acn,
    Nzbn,
}

/// <summary>ABN, ACN and NZBN recognition with their check digits (NZAU.md §1). Digits are stored as strings.</summary>
public static class BusinessNumbers
{
    private static readonly int[] AbnWeights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    private static readonly int[] AcnWeights = [8, 7, 6, 5, 4, 3, 2, 1];

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

    public static bool IsValidAbn(string digits)
    {
        if (digits.Length != 11 || digits[0] == '0')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            var d = digits[i] - '0' - (i == 0 ? 1 : 0);
            sum += d * AbnWeights[i];
        }

        return sum % 89 == 0;
    }

    public static bool IsValidAcn(string digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * AcnWeights[i];
        }

        return (10 - sum % 10) % 10 == digits[8] - '0';
    }

    public static bool IsValidNzbn(string digits)
    {
        if (digits.Length != 13 || !digits.StartsWith("94", StringComparison.Ordinal))
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
