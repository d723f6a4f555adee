using System.Globalization;
using System.Text;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// The opaque $skiptoken in @odata.nextLink. Position is the last store version returned (or, under $orderby, the
/// offset into the sorted result); Taken counts rows already returned so $top holds across pages.
/// </summary>
public sealed record BcSkipToken(long Position, long Taken)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Position}|{Taken}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static BcSkipToken? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
                && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var taken))
            {
                return new BcSkipToken(position, taken);
            }
        }
        catch (FormatException)
        {
        }

        throw BcException.BadRequest("The skip token is not valid; follow @odata.nextLink exactly as returned");
    }
}
