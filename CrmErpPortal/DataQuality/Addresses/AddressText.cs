using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>The text normalisation of NZAU.md §2.4: NFKC, capitals, no punctuation but the unit slash and range hyphen.</summary>
internal static partial class AddressText
{
    /// <summary>Commas and line breaks separate parts of an address, so they split before punctuation goes.</summary>
    public static IEnumerable<string[]> Segments(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
                .Select(Tokens)
                .Where(tokens => tokens.Length > 0);

    public static string[] Tokens(string? text) => Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var source = text.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var builder = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c) || c == '/' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
            else if (c == '-' && i > 0 && i < source.Length - 1 && char.IsLetterOrDigit(source[i - 1]) && char.IsLetterOrDigit(source[i + 1]))
            {
                builder.Append(c);
            }
            else if (c is not ('\'' or '’' or '‘'))
            {
                builder.Append(' ');
            }
        }

        return AroundSlash().Replace(Spaces().Replace(builder.ToString(), " "), "/").Trim();
    }

    /// <summary>The key two parts are compared by: macrons folded (MANAWATŪ = MANAWATU), hyphens as spaces, Saint as St.</summary>
    public static string? MatchKey(string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return null;
        }

        var builder = new StringBuilder(part.Length);
        foreach (var c in part.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '-' ? ' ' : char.ToUpperInvariant(c));
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word == "SAINT" ? "ST" : word);
        return string.Join(' ', words);
    }

    /// <summary>Localities and names written in full (NORTH SYDNEY, not Nth Sydney).</summary>
    public static string ExpandWord(string word) => word switch
    {
        "NTH" => "NORTH",
        "STH" => "SOUTH",
        "MT" => "MOUNT",
        _ => word,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*/\s*")]
    private static partial Regex AroundSlash();
}
