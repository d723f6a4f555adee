using System.Globalization;
using System.Text;

namespace CrmErpPortal.DataQuality;

/// <summary>A name key for matching and search: lower case, no accents or punctuation, legal suffixes dropped.</summary>
public static class NameNormalizer
{
    private static readonly string[] LegalSuffixes =
        ["pty ltd", "pty limited", "proprietary limited", "limited", "ltd", "pty", "incorporated", "inc", "co"];

    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var suffix in LegalSuffixes)
        {
            if (words.EndsWith(" " + suffix, StringComparison.Ordinal))
            {
                words = words[..^(suffix.Length + 1)];
                break;
            }
        }

        return words;
    }
}
