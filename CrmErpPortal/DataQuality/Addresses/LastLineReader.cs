using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Addresses;

internal sealed record LastLine(string? Locality, string? State, string? Postcode);

/// <summary>Reads the last line, `LOCALITY STATE POSTCODE` (AU) or `Town postcode` (NZ).</summary>
internal static partial class LastLineReader
{
    /// <returns>Null when the tokens end with neither a postcode nor a state.</returns>
    public static LastLine? TryRead(IReadOnlyList<string> tokens, bool readAustralianState)
    {
        var rest = tokens.ToList();
        string? postcode = null;
        if (rest.Count > 0 && Postcode().IsMatch(rest[^1]))
        {
            postcode = rest[^1];
            rest.RemoveAt(rest.Count - 1);
        }

        string? state = null;
        if (readAustralianState)
        {
            for (var take = Math.Min(4, rest.Count); take >= 1; take--)
            {
                // Typos are only trusted where a postcode confirms this is the last line.
                state = AustralianStates.Parse(string.Join(' ', rest.Skip(rest.Count - take)), allowTypos: postcode is not null && take < rest.Count);
                if (state is not null)
                {
                    rest.RemoveRange(rest.Count - take, take);
                    break;
                }
            }
        }

        return postcode is null && state is null ? null : new LastLine(Locality(rest), state, postcode);
    }

    public static string? Locality(IReadOnlyList<string> tokens) =>
        tokens.Count == 0 ? null : string.Join(' ', tokens.Select(AddressText.ExpandWord));

    [GeneratedRegex(@"^\d{3,4}$")]
    private static partial Regex Postcode();
}
