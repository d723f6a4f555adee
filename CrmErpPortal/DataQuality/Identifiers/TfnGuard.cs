using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>
/// Refuses tax file numbers (NZAU.md §1.3): the portal has no purpose that tax, superannuation or
/// personal-assistance law authorises, so it may not collect them. Any 8–9 digit number in a field or text that
/// is labelled or worded "TFN" / "tax file" is refused, checksum or not, because a mistyped TFN is still a TFN.
/// </summary>
public static partial class TfnGuard
{
    public const string RefusalMessage =
        "Tax file numbers must not be recorded here. Remove the number; identify a business by its ABN instead.";

    /// <param name="value">What the user typed or the source sent.</param>
    /// <param name="fieldLabel">The field's label or name, e.g. "Notes" or "TaxFileNumber".</param>
    /// <param name="surroundingText">Other text around the value, e.g. the rest of a note or a column header.</param>
    public static TfnScreening Screen(string? value, string? fieldLabel = null, string? surroundingText = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TfnScreening.Allowed;
        }

        var mentionsTfn = MentionsTfn(value) || MentionsTfn(fieldLabel) || MentionsTfn(surroundingText);
        return mentionsTfn && ContainsEightOrNineDigitNumber(value)
            ? new TfnScreening(true, RefusalMessage)
            : TfnScreening.Allowed;
    }

    public static bool MustRefuse(string? value, string? fieldLabel = null, string? surroundingText = null) =>
        Screen(value, fieldLabel, surroundingText).MustRefuse;

    private static bool MentionsTfn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Replace(".", string.Empty, StringComparison.Ordinal);
        return compact.Contains("tfn", StringComparison.OrdinalIgnoreCase) || TaxFileWords().IsMatch(text);
    }

    private static bool ContainsEightOrNineDigitNumber(string value)
    {
        foreach (Match run in DigitRun().Matches(value))
        {
            if (run.Value.Count(char.IsAsciiDigit) is 8 or 9)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"tax[\s_\-]*file", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxFileWords();

    /// <summary>Digits with at most one space, hyphen or dot between them: `123 456 782`, `123-456-782`.</summary>
    [GeneratedRegex(@"(?<!\d)\d(?:[ \-.]?\d)*(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
