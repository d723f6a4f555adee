using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.DataQuality.Findings;

namespace CrmErpPortal.Tests.Unit.DataQuality;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("123456782", "AU", true, true)]    // TFN checksum, no ACN, in an Australian tax registration field
    [InlineData("004 085 616", "AU", true, false)] // a valid ACN
    [InlineData("123456782", "NZ", true, false)]   // a New Zealand GST number field holds 8–9 digit IRD numbers
    [InlineData("123456782", "AU", false, false)]  // unlabelled digits elsewhere are not assumed to be a TFN
    [InlineData("TFN 123 456 782", "NZ", false, true)]
    [InlineData("tax file no. 12 345 678", "AU", false, true)]
    public void IsTaxFileNumber_ReadsTheFieldAndTheCountry(string value, string country, bool taxRegistrationField, bool expected)
    {
        var refused = FieldRules.IsTaxFileNumber(value, "Notes", country, taxRegistrationField);

        Assert.Equal(expected, refused);
    }

    [Theory]
    [InlineData("51 824 753 557", "AU", FindingRules.AbnInvalid)]
    [InlineData("9429039501976", "NZ", FindingRules.NzbnInvalid)]
    [InlineData("004 085 617", "AU", FindingRules.AcnInvalid)]
    [InlineData("49-091-851", "NZ", FindingRules.IrdInvalid)]
    public void BusinessNumber_IsJudgedByLengthAndCountry(string value, string country, string rule)
    {
        var finding = FieldRules.BusinessNumber("BusinessNumber", value, country);

        Assert.Equal(rule, finding?.Rule);
        Assert.DoesNotContain(value, finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessNumber_HasNoFinding_WhenValidOrAbsent()
    {
        Assert.Null(FieldRules.BusinessNumber("BusinessNumber", "51 824 753 556", "AU"));
        Assert.Null(FieldRules.BusinessNumber("BusinessNumber", "49-091-850", "NZ"));
        Assert.Null(FieldRules.BusinessNumber("BusinessNumber", "  ", "NZ"));
    }

    [Fact]
    public void AddressFindings_NeverQuoteWhatTheSourceTyped()
    {
        var findings = AddressRules.Check("BillingAddress", new AddressInput("12 Smith Street", Locality: "Sydney", State: "Zorbania 123456782", Postcode: "2000", Country: "AU")).ToList();

        Assert.Contains(findings, f => f.Rule == FindingRules.AddressError);
        Assert.All(findings, f => Assert.DoesNotContain("Zorbania", f.Message, StringComparison.OrdinalIgnoreCase));
    }
}
