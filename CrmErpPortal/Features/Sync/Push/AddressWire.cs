using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// A normalised one-line address (as a change request stores it) split into the free lines both systems hold: the
/// delivery line first, an NZ suburb or rural delivery as line 2, then city, state, postcode and country code.
/// </summary>
public static class AddressWire
{
    public static SourceAddress ToSource(string? oneLine, string countryCode)
    {
        if (string.IsNullOrWhiteSpace(oneLine))
        {
            return new SourceAddress(null, null, null, null, null, null);
        }

        var parsed = AddressParser.Parse(new AddressInput(oneLine, Country: countryCode));
        var delivery = AddressOneLine.Format(parsed with
        {
            Suburb = null, RuralDeliveryNumber = null, Locality = null, State = null, Postcode = null, Lobby = null,
        });
        var line2 = parsed.RuralDeliveryNumber is { } rd ? $"RD {rd}" : parsed.Suburb;
        return new SourceAddress(
            NullIfEmpty(delivery) ?? oneLine.Trim(), line2, parsed.Locality, parsed.State, parsed.Postcode,
            parsed.Country is { Length: 2 } code ? code : countryCode);
    }

    /// <summary>The hub's form of a source address (as the pull stores it), for comparing with a request's old value.</summary>
    public static PostalAddress? ToHub(SourceAddress address, string fallbackCountry) =>
        string.IsNullOrWhiteSpace(address.Line1)
            ? null
            : new PostalAddress(address.Line1.Trim(), address.Line2, null, address.City, address.Region, address.Postcode,
                CountryCodes.FromText(address.Country) ?? fallbackCountry);

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
