using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Phones;

namespace CrmErpPortal.Tests.Unit.DataQuality;

public sealed class PhoneDisplayTests
{
    [Theory]
    [InlineData("+61412345678", "0412 345 678")]
    [InlineData("+61298765432", "(02) 9876 5432")]
    [InlineData("+611300655506", "1300 655 506")]
    [InlineData("+64211234567", "021 123 4567")]
    [InlineData("+6493791234", "09 379 1234")]
    [InlineData("+64800800800", "0800 800 800")]
    public void ShowsTheNationalFormTheLibraryDocuments(string e164, string national)
    {
        Assert.Equal(national, PhoneDisplay.National(e164));
    }

    [Theory]
    [InlineData("+61412345678", "+61 412 345 678")]
    [InlineData("+64211234567", "+64 21 123 4567")]
    public void ShowsTheInternationalForm(string e164, string international)
    {
        Assert.Equal(international, PhoneDisplay.International(e164));
    }

    [Fact]
    public void ShowsNationalToViewersInTheSameCountry_AndInternationalToOthers()
    {
        var sameCountry = PhoneDisplay.ForViewer("+64211234567", "NZ");
        var overseas = PhoneDisplay.ForViewer("+64211234567", "AU");

        Assert.Equal("021 123 4567", sameCountry);
        Assert.Equal("+64 21 123 4567", overseas);
    }

    [Fact]
    public void KeepsAu1300NumbersNational_BecauseTheyCannotBeDialledFromAbroad()
    {
        var overseas = PhoneDisplay.ForViewer("+611300655506", "NZ");

        Assert.Equal("1300 655 506", overseas);
    }

    [Fact]
    public void ShowsAStoredValueThatIsNotAValidNumberUnchanged()
    {
        Assert.Equal("+6491234567", PhoneDisplay.National("+6491234567"));
    }

    [Theory]
    [InlineData("021 123 4567", "NZ", "+64211234567")]
    [InlineData("0412 345 678", "AU", "+61412345678")]
    [InlineData("021 123 4567", "US", "+64211234567")]
    [InlineData("09 123 4567", "NZ", null)]
    [InlineData("", "NZ", null)]
    public void PhoneNormalizerKeepsItsSearchBehaviour_ReadingUnknownCountriesAsNz(string input, string country, string? e164)
    {
        Assert.Equal(e164, PhoneNormalizer.ToE164(input, country));
    }
}
