using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <summary>
/// Irreversible de-identification of hub records (APP 11.2 "de-identify"): direct identifiers dropped, the address
/// coarsened to region and postcode district, dates to the month. What stays (country, segment, owner, the company
/// number of an incorporated company, money figures) identifies no person. Returns the names of the fields it cleared,
/// for an audit that must not hold the values.
/// </summary>
public static class Deidentifier
{
    public static string Pseudonym(Guid customerId) => $"De-identified customer {customerId.ToString("N")[..8]}";

    public const string ContactPseudonym = "De-identified";

    public static IReadOnlyList<string> Customer(Customer customer, DateTimeOffset now)
    {
        var cleared = new List<string>();
        void Clear(string field, bool had)
        {
            if (had)
            {
                cleared.Add(field);
            }
        }

        Clear("DisplayName", true);
        customer.DisplayName = Pseudonym(customer.Id);
        customer.NormalizedName = NameNormalizer.Normalize(customer.DisplayName);
        Clear("LegalName", customer.LegalName is not null);
        customer.LegalName = null;
        // An ABN or NZBN may be a sole trader's, so a person's; ACNs and NZ company numbers belong to companies.
        if (customer.BusinessNumberKind is not (BusinessNumberKind.Acn or BusinessNumberKind.NzCompanyNumber))
        {
            Clear("BusinessNumber", customer.BusinessNumber is not null);
            customer.BusinessNumber = null;
            customer.BusinessNumberKind = BusinessNumberKind.None;
        }

        Clear("Email", customer.Email is not null);
        customer.Email = null;
        Clear("Phone", customer.PhoneE164 is not null);
        customer.PhoneE164 = null;
        Clear("BillingAddress", customer.BillingAddress is not null);
        customer.BillingAddress = Coarsen(customer.BillingAddress);
        Clear("ShippingAddress", customer.ShippingAddress is not null);
        customer.ShippingAddress = Coarsen(customer.ShippingAddress);
        customer.CreatedAt = FirstOfMonth(customer.CreatedAt);
        customer.UpdatedAt = now;
        customer.DeidentifiedAt = now;
        return cleared;
    }

    public static IReadOnlyList<string> Contact(Contact contact, DateTimeOffset now)
    {
        var cleared = new List<string> { "Name" };
        if (contact.JobTitle is not null) cleared.Add("JobTitle");
        if (contact.Email is not null) cleared.Add("Email");
        if (contact.PhoneE164 is not null) cleared.Add("Phone");
        if (contact.MobileE164 is not null) cleared.Add("Mobile");
        contact.FirstName = null;
        contact.LastName = ContactPseudonym;
        contact.JobTitle = null;
        contact.Email = null;
        contact.PhoneE164 = null;
        contact.MobileE164 = null;
        contact.IsPrimary = false;
        contact.SourceModifiedAt = FirstOfMonth(contact.SourceModifiedAt);
        contact.DeidentifiedAt = now;
        return cleared;
    }

    /// <summary>Region and the postcode's district (first two digits: NZ and AU postcodes both group by them); no street or town.</summary>
    public static PostalAddress? Coarsen(PostalAddress? address) =>
        address is null ? null : new PostalAddress(string.Empty, null, null, null, address.Region, CoarsePostcode(address.Postcode), address.CountryCode);

    public static string? CoarsePostcode(string? postcode)
    {
        var digits = new string([.. (postcode ?? string.Empty).Where(char.IsAsciiDigit)]);
        return digits.Length < 2 ? null : digits[..2] + new string('x', digits.Length - 2);
    }

    public static DateTimeOffset FirstOfMonth(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
}
