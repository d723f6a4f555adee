using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Every IRD / NZ GST example in NZAU.md §1.5.</summary>
public sealed class IrdNumberTests
{
    [Theory]
    [InlineData("49-091-850", "49091850", "49-091-850")]
    [InlineData("35-901-981", "35901981", "35-901-981")]
    [InlineData("49-098-576", "49098576", "49-098-576")]
    [InlineData("136-410-132", "136410132", "136-410-132")]
    [InlineData("49091850", "49091850", "49-091-850")]
    [InlineData("049 091 850", "49091850", "49-091-850")]
    public void AcceptsPublishedTestNumbers(string input, string digits, string display)
    {
        var check = IrdNumber.Validate(input);

        Assert.True(check.IsValid);
        Assert.Equal(digits, check.Digits);
        Assert.Equal(display, check.Display);
    }

    [Theory]
    [InlineData("136-410-133", "IRD number check digit does not match — check for a typo")]
    [InlineData("49-091-851", "IRD number check digit does not match — check for a typo")]
    [InlineData("9-125-568", "IRD number must have 8 or 9 digits; this has 7")]
    [InlineData("150-000-009", "IRD number is outside the range Inland Revenue issues — check for a typo")]
    public void RejectsPublishedInvalidNumbers(string input, string message)
    {
        var check = IrdNumber.Validate(input);

        Assert.False(check.IsValid);
        Assert.Equal(message, check.Message);
    }

    [Fact]
    public void TakesTheUpperBoundAsAParameter()
    {
        var check = IrdNumber.Validate("150-000-009", maximum: 160_000_000);

        Assert.True(check.IsValid);
    }

    [Fact]
    public void TakesTheLowerBoundAsAParameter()
    {
        var check = IrdNumber.Validate("49-091-850", minimum: 50_000_000);

        Assert.False(check.IsValid);
    }

    [Fact]
    public void NamesTheFieldAsGstNumber_WhenAskedTo()
    {
        var check = IrdNumber.Validate("136-410-133", label: "GST number");

        Assert.Equal("GST number check digit does not match — check for a typo", check.Message);
    }
}
