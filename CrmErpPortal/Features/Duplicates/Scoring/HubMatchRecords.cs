using System.Security.Cryptography;
using System.Text;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.Matching;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>What the engine needs of one hub customer: the golden record plus its primary contact's name.</summary>
public sealed record HubCustomerRow(
    Guid Id,
    string DisplayName,
    string? BusinessNumber,
    string CountryCode,
    PostalAddress? BillingAddress,
    string? PhoneE164,
    string? Email,
    string? ContactFirstName,
    string? ContactLastName,
    DateTimeOffset UpdatedAt);

/// <summary>
/// Hub customer → engine record. A customer named after its primary contact is a person (a sole trader such as
/// "Jane Smith"), compared on given name and surname; every other customer is an organisation, compared on its name
/// with legal suffixes ignored. The address is parsed by the NZ/AU rules so "12 Smith St" and "12 Smith Street" agree.
/// </summary>
public static class HubMatchRecords
{
    public static MatchRecord From(HubCustomerRow row)
    {
        var address = row.BillingAddress is { } a
            ? AddressParser.Parse(new AddressInput(a.Line1, a.Line2, a.Locality ?? a.City, a.Region, a.Postcode, a.CountryCode))
            : null;
        var street = address is null ? null : string.Join(' ', new[] { address.StreetName, address.StreetType }.Where(s => !string.IsNullOrEmpty(s)));
        var isPerson = IsNamedAfterContact(row);
        return new MatchRecord(row.Id.ToString(), isPerson ? RecordKind.Person : RecordKind.Organisation)
        {
            GivenName = isPerson ? row.ContactFirstName : null,
            Surname = isPerson ? row.ContactLastName : null,
            OrganisationName = isPerson ? null : row.DisplayName,
            StreetNumber = address?.StreetNumber ?? address?.PostalDeliveryNumber,
            Street = string.IsNullOrEmpty(street) ? address?.PostalDeliveryType?.ToString() : street,
            AddressLine2 = address?.SubUnitNumber ?? address?.BuildingName,
            Locality = address?.Suburb ?? address?.Locality,
            Postcode = address?.Postcode ?? row.BillingAddress?.Postcode,
            State = address?.State,
            Country = row.CountryCode,
            Phone = row.PhoneE164,
            Email = row.Email,
            BusinessNumber = row.BusinessNumber,
            ParsedAddress = address,
        };
    }

    /// <summary>The value a comparison looked at, as the steward should read it (evidence shows both sides).</summary>
    public static string? ValueOf(MatchRecord record, string comparison) => comparison switch
    {
        "GivenName" => record.GivenName,
        "Surname" => record.Surname,
        "OrganisationName" => record.OrganisationName,
        "DateOfBirth" => record.DateOfBirth,
        "OtherIdentifier" => record.OtherIdentifier,
        "BusinessNumber" => record.BusinessNumber,
        "Phone" => record.Phone,
        "Email" => record.Email,
        "Address" => StreetLine(record),
        "AddressLine2" => record.AddressLine2,
        "Locality" => record.Locality,
        "Postcode" => record.Postcode,
        "State" => record.State,
        "Country" => record.Country,
        _ => null,
    };

    private static string? StreetLine(MatchRecord record)
    {
        var parts = new[] { record.AddressLine2, record.StreetNumber, record.Street }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>A hash of every compared field (not the id): equal hashes mean the engine would see the same record.</summary>
    public static string Fingerprint(MatchRecord record)
    {
        var text = string.Join('\u001f', record.Kind, record.GivenName, record.Surname, record.OrganisationName, record.StreetNumber, record.Street,
            record.AddressLine2, record.Locality, record.Postcode, record.State, record.Country, record.Phone, record.Email, record.BusinessNumber);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    public static string PairFingerprint(MatchRecord a, MatchRecord b) => Fingerprint(a) + Fingerprint(b);

    private static bool IsNamedAfterContact(HubCustomerRow row)
    {
        if (string.IsNullOrWhiteSpace(row.ContactFirstName) || string.IsNullOrWhiteSpace(row.ContactLastName))
        {
            return false;
        }

        var name = NameNormalizer.Normalize(row.DisplayName);
        return name == NameNormalizer.Normalize($"{row.ContactFirstName} {row.ContactLastName}")
            || name == NameNormalizer.Normalize($"{row.ContactLastName} {row.ContactFirstName}");
    }
}
