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
            var (code, taken) = FindState(rest, confirmedByPostcode: postcode is not null);
            state = code;
            rest.RemoveRange(rest.Count - taken, taken);
        }

        return postcode is null && state is null ? null : new LastLine(Locality(rest), state, postcode);
    }

    /// <summary>
    /// The shortest trailing words that name a state, exact matches before typos. Without a postcode to confirm
    /// the last line only a code counts, so "Port Victoria" stays a locality; typos also need a locality before them.
    /// </summary>
    private static (string? Code, int Taken) FindState(List<string> rest, bool confirmedByPostcode)
    {
        foreach (var allowTypos in confirmedByPostcode ? new[] { false, true } : [false])
        {
            for (var take = 1; take <= Math.Min(4, rest.Count); take++)
            {
                if (allowTypos && take == rest.Count)
                {
                    break;
                }

                var words = string.Join(' ', rest.Skip(rest.Count - take));
                var code = confirmedByPostcode ? AustralianStates.Parse(words, allowTypos) : AustralianStates.ParseCode(words);
                if (code is not null)
                {
                    return (code, take);
                }
            }
        }

        return (null, 0);
    }

    public static string? Locality(IReadOnlyList<string> tokens) =>
        tokens.Count == 0 ? null : string.Join(' ', tokens.Select(AddressText.ExpandWord));

    [GeneratedRegex(@"^\d{3,4}$")]
    private static partial Regex Postcode();
}
