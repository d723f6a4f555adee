using CrmErpPortal.DataQuality.Phones;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Every phone example in NZAU.md §3, plus the inputs customers actually type.</summary>
public sealed class PhoneParserTests
{
    [Theory]
    [InlineData("0412 345 678", "AU", "+61412345678", PhoneLineType.Mobile)]
    [InlineData("(02) 9876 5432", "AU", "+61298765432", PhoneLineType.FixedLine)]
    [InlineData("1300 655 506", "AU", "+611300655506", PhoneLineType.SharedCost)]
    [InlineData("13 11 26", "AU", "+61131126", PhoneLineType.SharedCost)]
    [InlineData("1800 800 110", "AU", "+611800800110", PhoneLineType.TollFree)]
    [InlineData("021 123 4567", "NZ", "+64211234567", PhoneLineType.Mobile)]
    [InlineData("020 1234 5678", "NZ", "+642012345678", PhoneLineType.Mobile)]
    [InlineData("04 472 1234", "NZ", "+6444721234", PhoneLineType.FixedLine)]
    [InlineData("0508 123 456", "NZ", "+64508123456", PhoneLineType.TollFree)]
    [InlineData("0800 800 800", "NZ", "+64800800800", PhoneLineType.TollFree)]
    [InlineData("09 379 1234", "NZ", "+6493791234", PhoneLineType.FixedLine)]
    public void NormalisesTheDocumentedExamples(string input, string country, string e164, PhoneLineType type)
    {
        var phone = PhoneParser.Parse(input, country);

        Assert.True(phone.IsValid, phone.Message);
        Assert.Equal(e164, phone.E164);
        Assert.Equal(type, phone.LineType);
        Assert.Equal(country, phone.RegionCode);
        Assert.Equal(input, phone.Raw);
    }

    [Theory]
    [InlineData("021 123 4567", "+64211234567")]
    [InlineData("022 123 4567", "+64221234567")]
    [InlineData("027 123 4567", "+64271234567")]
    [InlineData("027-123-4567", "+64271234567")]
    [InlineData("0271234567", "+64271234567")]
    public void ReadsNzMobiles(string input, string e164)
    {
        var phone = PhoneParser.Parse(input, "NZ");

        Assert.Equal(e164, phone.E164);
        Assert.Equal(PhoneLineType.Mobile, phone.LineType);
    }

    [Theory]
    [InlineData("0412 345 678")]
    [InlineData("0412345678")]
    [InlineData("+61 412 345 678")]
    [InlineData("+61 (0) 412 345 678")]
    [InlineData("0011 61 412 345 678")]
    public void ReadsAuMobilesInEveryCommonForm(string input)
    {
        var phone = PhoneParser.Parse(input, "AU");

        Assert.Equal("+61412345678", phone.E164);
    }

    [Fact]
    public void KeepsAnNzNumber_WhenTheCustomerIsAustralian()
    {
        var phone = PhoneParser.Parse("+64 21 123 4567", "AU");

        Assert.Equal("+64211234567", phone.E164);
        Assert.Equal("NZ", phone.RegionCode);
    }

    [Fact]
    public void DropsTheAustralianInternationalPrefix()
    {
        var phone = PhoneParser.Parse("0011 61 2 9876 5432", "AU");

        Assert.Equal("+61298765432", phone.E164);
    }

    [Fact]
    public void ReadsANationalNumberAsTheCustomersCountry()
    {
        var asNz = PhoneParser.Parse("09 379 1234", "NZ");
        var asAu = PhoneParser.Parse("09 379 1234", "AU");

        Assert.Equal("+6493791234", asNz.E164);
        Assert.False(asAu.IsValid);
    }

    [Fact]
    public void AcceptsACountryName_AsTheDefaultRegion()
    {
        var phone = PhoneParser.Parse("021 123 4567", "New Zealand");

        Assert.Equal("+64211234567", phone.E164);
    }

    [Fact]
    public void RefusesAnInvalidNumber_InsteadOfFormattingIt()
    {
        var phone = PhoneParser.Parse("09 123 4567", "NZ");

        Assert.False(phone.IsValid);
        Assert.Null(phone.E164);
        Assert.Equal("This is not a valid phone number — check the area code and digits", phone.Message);
    }

    [Theory]
    [InlineData("021 123", "NZ")]
    [InlineData("0412 345", "AU")]
    [InlineData("+64 21", "AU")]
    public void RefusesTooShortNumbers(string input, string country)
    {
        var phone = PhoneParser.Parse(input, country);

        Assert.False(phone.IsValid);
        Assert.Equal("Phone number is too short", phone.Message);
    }

    [Fact]
    public void RefusesTooLongNumbers()
    {
        var phone = PhoneParser.Parse("0412 345 678 901 234 567", "AU");

        Assert.False(phone.IsValid);
        Assert.Equal("Phone number is too long", phone.Message);
    }

    [Theory]
    [InlineData("1800 FLOWERS")]
    [InlineData("call reception")]
    [InlineData("n/a")]
    [InlineData("O412 345 678")]
    public void RefusesLetters(string input)
    {
        var phone = PhoneParser.Parse(input, "AU");

        Assert.False(phone.IsValid);
        Assert.Equal("Phone number contains letters — enter digits only", phone.Message);
    }

    [Fact]
    public void RefusesOtherSymbols()
    {
        var phone = PhoneParser.Parse("0412*345*678", "AU");

        Assert.Equal("Phone number can contain only digits, spaces, brackets, hyphens and a leading +", phone.Message);
    }

    [Theory]
    [InlineData("09 379 1234 ext 56")]
    [InlineData("09 379 1234 x56")]
    [InlineData("09 379 1234 #56")]
    [InlineData("09 379 1234 Extn. 56")]
    public void KeepsAnExtensionBesideTheNumber(string input)
    {
        var phone = PhoneParser.Parse(input, "NZ");

        Assert.Equal("+6493791234", phone.E164);
        Assert.Equal("56", phone.Extension);
    }

    [Fact]
    public void NeedsAPlus_WhenTheCustomersCountryIsUnknown()
    {
        var national = PhoneParser.Parse("021 123 4567", null);
        var international = PhoneParser.Parse("+64 21 123 4567", null);

        Assert.False(national.IsValid);
        Assert.Equal("Start the number with + and its country code, or set the customer's country", national.Message);
        Assert.Equal("+64211234567", international.E164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void AsksForANumber_WhenEmpty(string? input)
    {
        var phone = PhoneParser.Parse(input, "NZ");

        Assert.False(phone.IsValid);
        Assert.Equal("Enter a phone number", phone.Message);
    }
}
