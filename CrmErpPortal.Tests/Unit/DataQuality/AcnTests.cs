using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Every ACN example in NZAU.md §1.2.</summary>
public sealed class AcnTests
{
    [Theory]
    [InlineData("004 085 616", "004085616", "004 085 616")]
    [InlineData("123 123 124", "123123124", "123 123 124")]
    [InlineData("004 028 077", "004028077", "004 028 077")]
    [InlineData("007 457 141", "007457141", "007 457 141")]
    [InlineData("004085616", "004085616", "004 085 616")]
    public void AcceptsPublishedAcns_KeepingLeadingZeros(string input, string digits, string display)
    {
        var check = Acn.Validate(input);

        Assert.True(check.IsValid);
        Assert.Equal(digits, check.Digits);
        Assert.Equal(display, check.Display);
    }

    [Theory]
    [InlineData("004 085 617")]
    [InlineData("123 456 789")]
    [InlineData("999 999 999")]
    public void RejectsAWrongCheckDigit(string input)
    {
        var check = Acn.Validate(input);

        Assert.False(check.IsValid);
        Assert.Equal("ACN check digit does not match — check for a typo", check.Message);
    }

    [Theory]
    [InlineData("123 456 782")]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    public void NeverRepeatsTheValueInItsMessage(string input)
    {
        var check = Acn.Validate(input);

        Assert.False(check.IsValid);
        Assert.DoesNotContain(input.Replace(" ", string.Empty, StringComparison.Ordinal)[..6], check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAWrongLength()
    {
        var check = Acn.Validate("04 085 616");

        Assert.Equal("ACN must have 9 digits; this has 8", check.Message);
    }

    [Fact]
    public void NamesTheFieldItChecks_ForArbnAndArsn()
    {
        var check = Acn.Validate("004 085 617", "ARBN");

        Assert.Equal("ARBN check digit does not match — check for a typo", check.Message);
    }
}
