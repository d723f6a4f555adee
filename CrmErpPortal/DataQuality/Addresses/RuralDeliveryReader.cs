using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>NZ rural delivery: `RD 2`, `R.D. 2`, `RD2`, `Rural Delivery 2` (NZ Post writes `RD 2`).</summary>
internal static partial class RuralDeliveryReader
{
    public static (string Number, int Taken)? Match(IReadOnlyList<string> tokens)
    {
        if (tokens.Count >= 2 && tokens[0] == "RD" && RoundNumber().IsMatch(tokens[1]))
        {
            return (tokens[1].TrimStart('0'), 2);
        }

        if (tokens.Count >= 3 && ((tokens[0] == "R" && tokens[1] == "D") || (tokens[0] == "RURAL" && tokens[1] == "DELIVERY")) && RoundNumber().IsMatch(tokens[2]))
        {
            return (tokens[2].TrimStart('0'), 3);
        }

        var glued = Glued().Match(tokens.Count > 0 ? tokens[0] : string.Empty);
        return glued.Success ? (glued.Groups["n"].Value.TrimStart('0'), 1) : null;
    }

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex RoundNumber();

    [GeneratedRegex(@"^RD(?<n>\d{1,2})$")]
    private static partial Regex Glued();
}
