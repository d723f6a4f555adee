using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>A new ERP customer from the golden record: name, billing address (delivery if none), phone, email, tax number and the country's currency.</summary>
public static class ErpCustomerDrafts
{
    public static ErpCustomerDraft For(Customer customer, string number)
    {
        var address = customer.BillingAddress ?? customer.ShippingAddress;
        var source = address is null
            ? new SourceAddress(null, null, null, null, null, customer.CountryCode)
            : new SourceAddress(address.Line1, address.Line2 ?? address.Locality, address.City, address.Region, address.Postcode, address.CountryCode);
        return new ErpCustomerDraft(number, customer.LegalName ?? customer.DisplayName, customer.BusinessNumber, customer.PhoneE164, customer.Email, source,
            customer.CountryCode == "AU" ? "AUD" : "NZD");
    }
}
