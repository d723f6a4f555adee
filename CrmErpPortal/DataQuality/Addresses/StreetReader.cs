using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Addresses;

internal sealed record StreetParts(string? Number, string? Name, string? Type, string? Suffix);

/// <summary>
/// Reads `number name type [suffix]`. Only the last name-type word is the street type (`St Kilda Rd` is Saint Kilda
/// Road, `Parade Rd` a road named Parade), and `The Avenue` keeps its type word as the name (NZAU.md §2.3).
/// </summary>
internal static partial class StreetReader
{
    public static bool StartsWithNumber(IReadOnlyList<string> tokens) =>
        (tokens.Count >= 2 && Number().IsMatch(tokens[0])) || (tokens.Count >= 3 && IsLotNumber(tokens));

    public static bool EndsWithStreetType(IReadOnlyList<string> tokens) =>
        (tokens.Count >= 2 && StreetTypes.Canonical(tokens[^1]) is not null && tokens[0] != "THE")
        || (tokens.Count >= 3 && StreetSuffixes.Code(tokens[^1]) is not null && StreetTypes.Canonical(tokens[^2]) is not null);

    /// <summary>Where a street that runs on into its locality ends (`12 Smith St North Sydney NSW 2060`), or -1.</summary>
    public static int EndOfStreetBeforeLocality(IReadOnlyList<string> tokens)
    {
        for (var i = 2; i < tokens.Count - 1; i++)
        {
            if (StreetTypes.Canonical(tokens[i]) is not null && tokens[i - 1] != "THE")
            {
                return i;
            }
        }

        return -1;
    }

    public static StreetParts Read(IReadOnlyList<string> tokens)
    {
        var rest = tokens.ToList();
        string? number = null;
        if (IsLotNumber(rest))
        {
            number = "LOT " + rest[1];
            rest.RemoveRange(0, 2);
        }
        else if (rest.Count > 0 && Number().IsMatch(rest[0]))
        {
            number = rest[0];
            rest.RemoveAt(0);
            var spacedAlphaSuffix = rest.Count >= 2 && rest[0].Length == 1 && char.IsLetter(rest[0][0]) && char.IsAsciiDigit(number[^1])
                && !(rest.Count == 2 && StreetTypes.Canonical(rest[1]) is not null);
            if (spacedAlphaSuffix)
            {
                number += rest[0];
                rest.RemoveAt(0);
            }
        }

        var end = rest.Count;
        string? suffix = null;
        if (end >= 3 && StreetSuffixes.Code(rest[end - 1]) is { } code && StreetTypes.Canonical(rest[end - 2]) is not null)
        {
            suffix = code;
            end--;
        }

        string? type = null;
        if (end >= 2 && StreetTypes.Canonical(rest[end - 1]) is { } canonical && !(end == 2 && rest[0] == "THE"))
        {
            type = canonical;
            end--;
        }

        var name = end == 0 ? null : string.Join(' ', rest.Take(end).Select(NameWord));
        return new StreetParts(number, name, type, suffix);
    }

    /// <summary>Unnumbered AU rural blocks are addressed by lot number (AS 4590): `Lot 5 Smith Rd`.</summary>
    private static bool IsLotNumber(IReadOnlyList<string> tokens) => tokens.Count >= 2 && tokens[0] == "LOT" && Number().IsMatch(tokens[1]);

    /// <summary>Before the street type, St can only be Saint.</summary>
    private static string NameWord(string word) => word == "ST" ? "SAINT" : AddressText.ExpandWord(word);

    [GeneratedRegex(@"^\d+[A-Z]?(?:-\d+[A-Z]?)?$")]
    private static partial Regex Number();
}
