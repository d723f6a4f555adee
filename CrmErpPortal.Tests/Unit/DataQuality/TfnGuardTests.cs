using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>NZAU.md §1.3: TFNs are recognised and refused, never stored or echoed.</summary>
public sealed class TfnGuardTests
{
    [Fact]
    public void ChecksumAcceptsThePublishedIllustrativeTfn()
    {
        Assert.True(TaxFileNumber.HasValidChecksum("123456782"));
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("999999999")]
    [InlineData("12345678")]
    [InlineData("1234567")]
    public void ChecksumRejectsThePublishedInvalidTfns(string digits)
    {
        Assert.False(TaxFileNumber.HasValidChecksum(digits));
    }

    [Theory]
    [InlineData("123 456 782", "TFN", null)]
    [InlineData("123-456-782", "Tax file number", null)]
    [InlineData("123 456 789", "TFN", null)]
    [InlineData("12 345 678", "T.F.N.", null)]
    [InlineData("999999999", "TaxFileNumber", null)]
    [InlineData("my tfn is 123 456 782 thanks", "Notes", null)]
    [InlineData("Tax File No: 123456789", "Notes", null)]
    [InlineData("123 456 782", "Reference", "Customer's TFN, please file")]
    public void RefusesEightOrNineDigits_WhenTheFieldOrTextSpeaksOfATfn(string value, string label, string? surrounding)
    {
        var screening = TfnGuard.Screen(value, label, surrounding);

        Assert.True(screening.MustRefuse);
        Assert.Equal(TfnGuard.RefusalMessage, screening.Message);
    }

    [Theory]
    [InlineData("123 456 782", "TFN")]
    [InlineData("12 345 678", "TFN")]
    [InlineData("my tfn is 123-456-789", null)]
    public void NeverEchoesTheValueInItsMessage(string value, string? label)
    {
        var screening = TfnGuard.Screen(value, label);

        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        Assert.True(screening.MustRefuse);
        Assert.DoesNotContain(digits[..4], screening.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, screening.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123 456 782", "ACN", null)]
    [InlineData("004 085 616", "Company number", null)]
    [InlineData("TFN not supplied", "Notes", null)]
    [InlineData("TFN 0412 345 678", "Notes", null)]
    [InlineData("51 824 753 556", "ABN", "Do not enter a TFN")]
    [InlineData("", "TFN", null)]
    public void AllowsValues_WithoutBothATfnMentionAndAnEightOrNineDigitNumber(string value, string label, string? surrounding)
    {
        var screening = TfnGuard.Screen(value, label, surrounding);

        Assert.False(screening.MustRefuse);
        Assert.Null(screening.Message);
    }
}
