using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>
/// Takes tax file numbers out of text that is kept for a long time (the audit trail, NZAU.md §4.3: "free of TFNs").
/// A number is removed when <see cref="TfnGuard"/> would refuse it (worded or labelled "TFN" / "tax file"), or when it
/// is an unlabelled 8–9 digit number that passes the TFN checksum and does not read as a phone number (leading 0 or +).
/// Over-redacting a stray account number in an audit note is cheap; keeping a TFN is not.
/// </summary>
public static partial class TfnRedactor
{
    public const string Placeholder = "[TFN removed]";

    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var labelled = TfnGuard.MustRefuse(text);
        var guids = Guids().Matches(text).Select(g => (g.Index, End: g.Index + g.Length)).ToList();
        return DigitRun().Replace(text, run =>
            !guids.Any(g => run.Index < g.End && g.Index < run.Index + run.Length) && IsTfnLike(text, run, labelled) ? Placeholder : run.Value);
    }

    public static bool ContainsTfn(string? text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    private static bool IsTfnLike(string text, Match run, bool labelled)
    {
        var digits = new string(run.Value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is not (8 or 9))
        {
            return false;
        }

        if (labelled)
        {
            return true;
        }

        var readsAsPhone = digits[0] == '0' || (run.Index > 0 && text[run.Index - 1] == '+');
        return !readsAsPhone && TaxFileNumber.HasValidChecksum(digits);
    }

    /// <summary>Record ids in the audit are GUIDs; their digit runs are not numbers anyone typed.</summary>
    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex Guids();

    /// <summary>Digits with at most one space, hyphen or dot between them, as <see cref="TfnGuard"/> reads them.</summary>
    [GeneratedRegex(@"(?<!\d)\d(?:[ \-.]?\d)*(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
