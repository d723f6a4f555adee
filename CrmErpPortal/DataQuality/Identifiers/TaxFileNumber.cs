namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>
/// The TFN checksum (NZAU.md §1.3), used only to recognise a TFN so it can be refused; the portal never stores one.
/// The 8-digit weights come from open-source validators, as the ATO publishes none.
/// </summary>
public static class TaxFileNumber
{
    private static readonly int[] NineDigitWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    private static readonly int[] EightDigitWeights = [10, 7, 8, 4, 6, 3, 5, 1];

    public static bool HasValidChecksum(string digits)
    {
        var weights = digits.Length switch
        {
            9 => NineDigitWeights,
            8 => EightDigitWeights,
            _ => null,
        };
        if (weights is null || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11 == 0;
    }
}
