using System.Text;
using CrmErpPortal.DataQuality;

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
