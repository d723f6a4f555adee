using System.Text.RegularExpressions;
using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.DataQuality;

/// <summary>
/// Comparison keys for the fields the CRM and the ERP share, by the NZ/AU rules, so that a formatting difference is not
/// drift and a real one is: names ignore case and spacing, phones compare as E.164, emails ignore case, business
/// numbers compare as digits, addresses by their parsed parts (equal keys are the same address; different keys are
/// settled by the comparison tiers of NZAU.md §2.4, see <see cref="SameAddress"/>).
/// </summary>
public static partial class SharedFieldKeys
{
    /// <summary>
    /// Case and spacing ignored, and a legal suffix written out or abbreviated ("Limited"/"Ltd.", "Proprietary"/"Pty")
    /// is the same suffix; any other letter or punctuation counts ("Kiwi Plumbing &amp; Gas" is not "Kiwi Plumbing Gas").
    /// </summary>
    public static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = Spaces().Replace(name.Trim(), " ").ToLowerInvariant().Split(' ');
        return string.Join(' ', words.Select(w => w.TrimEnd('.') switch
        {
            "limited" or "ltd" => "ltd",
            "proprietary" or "pty" => "pty",
            "incorporated" or "inc" => "inc",
            "company" or "co" => "co",
            _ => w,
        }));
    }

    /// <summary>E.164 when the number is valid in its country; otherwise its digits, so an invalid number still compares.</summary>
    public static string? Phone(string? phone, string countryCode)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        return PhoneNormalizer.ToE164(phone, countryCode) ?? "?" + new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
    }

    public static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>Digits only (spaces and hyphens are formatting); text that is not a number compares as itself, upper case.</summary>
    public static string? BusinessNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null : BusinessNumbers.Digits(number) ?? Spaces().Replace(number.Trim(), " ").ToUpperInvariant();

    public static string? Address(AddressInput? address)
    {
        if (address is null || string.IsNullOrWhiteSpace(address.Line1))
        {
            return null;
        }

        var parsed = AddressParser.Parse(address);
        return $"{parsed.Country}|{AddressOneLine.Format(parsed)}";
    }

    /// <summary>The address on one line as a person reads it: the source's parts, empty ones left out.</summary>
    public static string? AddressText(AddressInput? address) =>
        address is null || string.IsNullOrWhiteSpace(address.Line1)
            ? null
            : string.Join(", ", new[] { address.Line1, address.Line2, address.Locality, address.State, address.Postcode, address.Country }
                .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>
    /// Two address keys that differ still name the same address when the tiers say same delivery point (e.g. "Flat 3"
    /// and "Unit 3", or a macron on one side). Anything less (probable, same building, different) is drift.
    /// </summary>
    public static bool SameAddress(string? keyA, string? keyB)
    {
        if (keyA is null || keyB is null)
        {
            return keyA is null && keyB is null;
        }

        return keyA == keyB || AddressComparison.Compare(FromKey(keyA), FromKey(keyB)).Tier == AddressMatchTier.SameDeliveryPoint;
    }

    private static NormalizedAddress FromKey(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        var country = bar > 0 ? key[..bar] : null;
        return AddressParser.Parse(new AddressInput(key[(bar + 1)..], Country: country));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
