using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Retention;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Unit.Features.Privacy;

public sealed class DeidentifierTests
{
    [Fact]
    public void DropsDirectIdentifiers_CoarsensAddressAndDates_AndNamesTheFieldsItCleared()
    {
        var customer = HubRecords.Customer("Aroha Ngata Plumbing");
        customer.LegalName = "Aroha Ngata";
        customer.Email = "aroha@ngata.co.nz";
        customer.PhoneE164 = "+6421123456";
        customer.BusinessNumber = "9429041535981";
        customer.BusinessNumberKind = BusinessNumberKind.Nzbn;
        customer.BillingAddress = new PostalAddress("5 Queen Street", "Level 2", "CBD", "Auckland", "Auckland", "1010", "NZ");
        customer.CreatedAt = new DateTimeOffset(2019, 3, 17, 9, 30, 0, TimeSpan.Zero);

        var cleared = Deidentifier.Customer(customer, HubRecords.Now);

        Assert.Equal(Deidentifier.Pseudonym(customer.Id), customer.DisplayName);
        Assert.Equal((null, null, null, null), (customer.LegalName, customer.Email, customer.PhoneE164, customer.BusinessNumber));
        Assert.Equal(new PostalAddress("", null, null, null, "Auckland", "10xx", "NZ"), customer.BillingAddress);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.Zero), customer.CreatedAt);
        Assert.Equal(["DisplayName", "LegalName", "BusinessNumber", "Email", "Phone", "BillingAddress"], cleared);
        Assert.DoesNotContain(cleared, f => f.Contains("aroha", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void KeepsACompanyNumber_WhichIdentifiesNoPerson()
    {
        var customer = HubRecords.Customer("Southern Cross Supplies Pty Ltd", country: "AU");
        customer.BusinessNumber = "004085616";
        customer.BusinessNumberKind = BusinessNumberKind.Acn;

        var cleared = Deidentifier.Customer(customer, HubRecords.Now);

        Assert.Equal("004085616", customer.BusinessNumber);
        Assert.DoesNotContain("BusinessNumber", cleared);
    }

    [Theory]
    [InlineData("1010", "10xx")]
    [InlineData("2000", "20xx")]
    [InlineData("7", null)]
    [InlineData(null, null)]
    public void CoarsensAPostcodeToItsDistrict(string? postcode, string? expected) =>
        Assert.Equal(expected, Deidentifier.CoarsePostcode(postcode));
}
