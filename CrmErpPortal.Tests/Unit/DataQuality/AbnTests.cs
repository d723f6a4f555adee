using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Every ABN example in NZAU.md §1.1.</summary>
public sealed class AbnTests
{
    [Theory]
    [InlineData("51 824 753 556", "51824753556", "51 824 753 556")]
    [InlineData("48 123 123 124", "48123123124", "48 123 123 124")]
    [InlineData("49 004 028 077", "49004028077", "49 004 028 077")]
    [InlineData("33 007 457 141", "33007457141", "33 007 457 141")]
    [InlineData("33 051 775 556", "33051775556", "33 051 775 556")]
    [InlineData("51-824-753-556", "51824753556", "51 824 753 556")]
    [InlineData("51824753556", "51824753556", "51 824 753 556")]
    public void AcceptsPublishedAbns_AndFormatsThemInFourGroups(string input, string digits, string display)
    {
        var check = Abn.Validate(input);

        Assert.True(check.IsValid);
        Assert.Equal(digits, check.Digits);
        Assert.Equal(display, check.Display);
        Assert.Null(check.Message);
    }

    [Theory]
    [InlineData("51 824 753 557", "ABN check digits do not match — check for a typo")]
    [InlineData("99 999 999 999", "ABN check digits do not match — check for a typo")]
    [InlineData("01 824 753 556", "ABN cannot start with 0 — check for a typo")]
    [InlineData("5182475355", "ABN must have 11 digits; this has 10")]
    [InlineData("51 824 753 556 1", "ABN must have 11 digits; this has 12")]
    [InlineData("51.824.753.556", "ABN can contain only digits, spaces and hyphens")]
    [InlineData("ABN51824753556", "ABN can contain only digits, spaces and hyphens")]
    [InlineData("", "Enter the ABN")]
    [InlineData(null, "Enter the ABN")]
    public void RejectsMalformedAbns_WithAFieldMessage(string? input, string message)
    {
        var check = Abn.Validate(input);

        Assert.False(check.IsValid);
        Assert.Equal(message, check.Message);
        Assert.Null(check.Digits);
        Assert.Null(check.Display);
    }

    [Fact]
    public void CompanyAbnIsItsAcnWithTwoCheckDigitsInFront()
    {
        var abn = Abn.Validate("49 004 028 077");
        var acn = Acn.Validate("004 028 077");

        Assert.True(abn.IsValid && acn.IsValid);
        Assert.EndsWith(acn.Digits!, abn.Digits!, StringComparison.Ordinal);
    }
}
