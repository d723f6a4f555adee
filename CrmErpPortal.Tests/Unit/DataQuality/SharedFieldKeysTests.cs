using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Tests.Unit.DataQuality;

public sealed class SharedFieldKeysTests
{
    [Theory]
    [InlineData("Kiwi Plumbing Ltd", "  KIWI  plumbing limited ")]
    [InlineData("Wattle Supplies Pty Ltd", "Wattle Supplies Proprietary Limited")]
    [InlineData("Acme Ltd.", "acme ltd")]
    public void Name_IgnoresCaseSpacingAndHowALegalSuffixIsWritten(string a, string b) =>
        Assert.Equal(SharedFieldKeys.Name(a), SharedFieldKeys.Name(b));

    [Theory]
    [InlineData("Kiwi Plumbing & Gas Ltd", "Kiwi Plumbing Gas Ltd")]
    [InlineData("Kiwi Plumbing Ltd", "Kiwi Plumbers Ltd")]
    public void Name_KeepsRealDifferences(string a, string b) =>
        Assert.NotEqual(SharedFieldKeys.Name(a), SharedFieldKeys.Name(b));

    [Fact]
    public void Phone_ComparesAsE164_InTheRecordsCountry()
    {
        Assert.Equal("+6493791234", SharedFieldKeys.Phone("09 379 1234", "NZ"));
        Assert.Equal(SharedFieldKeys.Phone("09 379 1234", "NZ"), SharedFieldKeys.Phone("+64 9 379 1234", "NZ"));
        Assert.NotEqual(SharedFieldKeys.Phone("09 379 1234", "NZ"), SharedFieldKeys.Phone("09 379 1235", "NZ"));
    }

    [Fact]
    public void Phone_StillComparesAnInvalidNumber_ByItsDigits()
    {
        Assert.Equal(SharedFieldKeys.Phone("12-34", "NZ"), SharedFieldKeys.Phone("12 34", "NZ"));
        Assert.NotEqual(SharedFieldKeys.Phone("12 34", "NZ"), SharedFieldKeys.Phone("12 35", "NZ"));
    }

    [Fact]
    public void BusinessNumber_IsDigitsOnly()
    {
        Assert.Equal("51824753556", SharedFieldKeys.BusinessNumber("51 824 753 556"));
        Assert.Equal(SharedFieldKeys.BusinessNumber("51-824-753-556"), SharedFieldKeys.BusinessNumber("51824753556"));
        Assert.Null(SharedFieldKeys.BusinessNumber("  "));
    }

    [Fact]
    public void Email_IgnoresCaseAndSurroundingSpace() =>
        Assert.Equal(SharedFieldKeys.Email("ap@kiwi.co.nz"), SharedFieldKeys.Email(" AP@Kiwi.co.NZ "));

    [Fact]
    public void Address_WrittenDifferently_IsTheSameAddress()
    {
        var crm = SharedFieldKeys.Address(new AddressInput("12 Smith Street", Locality: "Auckland", Postcode: "1010", Country: "New Zealand"));
        var erp = SharedFieldKeys.Address(new AddressInput("12 Smith St", Locality: "AUCKLAND", Postcode: "1010", Country: "NZ"));

        Assert.True(SharedFieldKeys.SameAddress(crm, erp));
    }

    [Fact]
    public void Address_WithAnotherStreetNumberOrUnit_IsDrift()
    {
        var crm = SharedFieldKeys.Address(new AddressInput("12 Smith Street", Locality: "Auckland", Postcode: "1010", Country: "NZ"));
        var otherNumber = SharedFieldKeys.Address(new AddressInput("14 Smith Street", Locality: "Auckland", Postcode: "1010", Country: "NZ"));
        var otherUnit = SharedFieldKeys.Address(new AddressInput("Unit 3, 12 Smith Street", Locality: "Auckland", Postcode: "1010", Country: "NZ"));

        Assert.False(SharedFieldKeys.SameAddress(crm, otherNumber));
        Assert.False(SharedFieldKeys.SameAddress(crm, otherUnit));
        Assert.False(SharedFieldKeys.SameAddress(crm, null));
        Assert.True(SharedFieldKeys.SameAddress(null, null));
    }
}
