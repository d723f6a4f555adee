using System.Text;
using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Matching;

/// <summary>Normalises a record once so that blocking and every comparison work on clean keys.</summary>
internal static class RecordPreparer
{
    public static PreparedRecord Prepare(MatchRecord record)
    {
        var given = Text(record.GivenName);
        var surname = Text(record.Surname);
        var organisation = NameNormalizer.Normalize(record.OrganisationName);
        var country = Text(record.Country).ToUpperInvariant();
        var dateOfBirth = Digits(record.DateOfBirth);
        return new PreparedRecord
        {
            Source = record,
            GivenName = given,
            GivenPhonetic = Nysiis.Encode(given),
            Surname = surname,
            SurnamePhonetic = Nysiis.Encode(surname),
            OrganisationName = organisation,
            OrganisationPhonetic = string.Join(' ', organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Nysiis.Encode)),
            OrganisationWords = organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal).ToArray(),
            StreetNumber = Text(record.StreetNumber),
            Street = Text(record.Street),
            DeliveryLine = DeliveryLine(record),
            AddressLine2 = Text(record.AddressLine2),
            Locality = Text(record.Locality),
            Postcode = Text(record.Postcode).Replace(" ", string.Empty, StringComparison.Ordinal),
            State = Text(record.State),
            Country = country,
            Phone = Phone(record.Phone, country),
            Email = Text(record.Email).Replace(" ", string.Empty, StringComparison.Ordinal),
            BusinessNumber = BusinessNumbers.Digits(record.BusinessNumber) ?? string.Empty,
            DateOfBirth = dateOfBirth,
            OtherIdentifier = Text(record.OtherIdentifier).Replace(" ", string.Empty, StringComparison.Ordinal),
            SortKey = $"{surname}|{given}|{organisation}|{dateOfBirth}",
        };
    }

    /// <summary>The parts of the address that locate the door; locality, postcode, state and country are compared on their own.</summary>
    private static NormalizedAddress? DeliveryLine(MatchRecord record)
    {
        var parsed = record.ParsedAddress;
        if (parsed is null)
        {
            var street = string.Join(' ', new[] { record.StreetNumber, record.Street }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (street.Length == 0 && string.IsNullOrWhiteSpace(record.AddressLine2))
            {
                return null;
            }

            // The extra line first, as it is written above the street: a unit or building, not a suburb.
            parsed = AddressParser.Parse(new AddressInput(record.AddressLine2, street, Country: record.Country));
        }

        var line = parsed with
        {
            BuildingName = null, Suburb = null, Locality = null, State = null, Postcode = null, Country = null, Lobby = null, Issues = [],
        };
        return line.StreetName is null && line.PostalDeliveryType is null && line.RuralDeliveryNumber is null ? null : line;
    }

    /// <summary>Lower case, letters and digits kept, any run of other characters becomes one space.</summary>
    private static string Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c) || c is '@' or '.' or '+' or '-' or '_')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static string Digits(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : new string(value.Where(char.IsAsciiDigit).ToArray());

    private static string Phone(string? value, string country)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith('+'))
        {
            return "+" + Digits(trimmed);
        }

        return PhoneNormalizer.ToE164(trimmed, country.Length == 0 ? null : country) ?? Digits(trimmed);
    }
}
