namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// ABN, ACN, NZBN and IRD/GST numbers: check-digit rules from docs/NZAU.md §1 (ABR, ASIC, GS1, Inland Revenue),
/// used to generate well-formed numbers and, in tests, to prove that only the planted ones are malformed.
/// </summary>
public static class BusinessNumbers
{
    private static readonly int[] AbnWeights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    private static readonly int[] AcnWeights = [8, 7, 6, 5, 4, 3, 2, 1];
    private static readonly int[] IrdWeights = [3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] IrdSecondWeights = [7, 4, 3, 2, 5, 2, 7, 6];

    /// <summary>Mod 89 over all 11 digits after taking 1 from the first.</summary>
    public static bool IsValidAbn(string? value)
    {
        var digits = DigitsOnly(value);
        if (digits is not { Length: 11 } || digits[0] == '0')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += ((digits[i] - '0') - (i == 0 ? 1 : 0)) * AbnWeights[i];
        }

        return sum % 89 == 0;
    }

    public static bool IsValidAcn(string? value)
    {
        var digits = DigitsOnly(value);
        return digits is { Length: 9 } && AcnCheckDigit(digits.AsSpan(0, 8)) == digits[8] - '0';
    }

    /// <summary>GS1 mod 10 with the NZ prefix 94.</summary>
    public static bool IsValidNzbn(string? value)
    {
        var digits = DigitsOnly(value);
        return digits is { Length: 13 } && digits.StartsWith("94", StringComparison.Ordinal) && Gs1CheckDigit(digits.AsSpan(0, 12)) == digits[12] - '0';
    }

    /// <summary>IRD (and NZ GST) numbers: range 10,000,000–150,000,000, then the two-pass mod 11.</summary>
    public static bool IsValidIrd(string? value)
    {
        var digits = DigitsOnly(value);
        if (digits is not { Length: 8 or 9 } || !long.TryParse(digits, out var number) || number < 10_000_000 || number > 150_000_000)
        {
            return false;
        }

        var check = IrdCheckDigit(digits[..^1].PadLeft(8, '0'));
        return check == digits[^1] - '0';
    }

    /// <summary>A company ABN: a valid ACN with the two check digits in front (as the ABR issues them).</summary>
    internal static string NewCompanyAbn(SeedRandom random) => AbnFromBody(NewAcn(random));

    /// <summary>A sole trader's ABN: nine digits with no ACN inside.</summary>
    internal static string NewAbn(SeedRandom random) => AbnFromBody(random.Next(1, 10) + random.Digits(8));

    internal static string NewAcn(SeedRandom random)
    {
        var body = "0" + random.Next(1, 10) + random.Digits(6);
        return body + AcnCheckDigit(body);
    }

    internal static string NewNzbn(SeedRandom random)
    {
        var body = "9429" + random.Next(0, 5) + random.Digits(7);
        return body + Gs1CheckDigit(body);
    }

    internal static string NewIrd(SeedRandom random)
    {
        while (true)
        {
            var candidate = random.Next(10_000_000, 140_000_000).ToString("D9");
            var check = IrdCheckDigit(candidate[..8]);
            if (check >= 0)
            {
                var number = long.Parse(candidate[..8] + check);
                if (number is >= 10_000_000 and <= 150_000_000)
                {
                    return number.ToString();
                }
            }
        }
    }

    /// <summary>The same number with its last digit changed, so its check fails (a planted typo).</summary>
    internal static string WithWrongCheckDigit(string digits) =>
        digits[..^1] + (char)('0' + ((digits[^1] - '0' + 1) % 10));

    public static string FormatAbn(string digits) => $"{digits[..2]} {digits[2..5]} {digits[5..8]} {digits[8..]}";

    public static string FormatIrd(string digits) => $"{digits[..^6]}-{digits[^6..^3]}-{digits[^3..]}";

    private static string AbnFromBody(string nineDigits)
    {
        for (var prefix = 10; prefix <= 99; prefix++)
        {
            var candidate = prefix + nineDigits;
            if (IsValidAbn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Every residue mod 89 is reachable from 90 consecutive prefixes.");
    }

    private static int AcnCheckDigit(ReadOnlySpan<char> eight)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (eight[i] - '0') * AcnWeights[i];
        }

        return (10 - sum % 10) % 10;
    }

    private static int Gs1CheckDigit(ReadOnlySpan<char> twelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - sum % 10) % 10;
    }

    /// <summary>The check digit for an 8-digit base, or -1 when both passes give 10 (no valid number has that base).</summary>
    private static int IrdCheckDigit(string eight)
    {
        var check = Pass(eight, IrdWeights);
        if (check == 10)
        {
            check = Pass(eight, IrdSecondWeights);
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

    private static string? DigitsOnly(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var kept = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                kept.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                return null;
            }
        }

        return kept.ToString();
    }
}
