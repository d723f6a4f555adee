using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>Every NZBN example in NZAU.md §1.4.</summary>
public sealed class NzbnTests
{
    [Theory]
    [InlineData("9429039501974")]
    [InlineData("9429046393920")]
    [InlineData("9429050294954")]
    public void AcceptsPublishedNzbns_AndShowsTheThirteenDigits(string input)
    {
        var check = Nzbn.Validate(input);

        Assert.True(check.IsValid);
        Assert.Equal(input, check.Digits);
        Assert.Equal(input, check.Display);
    }

    [Fact]
    public void AcceptsSpacesAndHyphens()
    {
        var check = Nzbn.Validate("942-903-950-1974");

        Assert.Equal("9429039501974", check.Digits);
    }

    [Theory]
    [InlineData("9429039501976", "NZBN check digit does not match — check for a typo")]
    [InlineData("9429046393921", "NZBN check digit does not match — check for a typo")]
    [InlineData("1234567890128", "NZBN must start with 94, the New Zealand prefix")]
    [InlineData("942903950197", "NZBN must have 13 digits; this has 12")]
    public void RejectsPublishedInvalidNzbns(string input, string message)
    {
        var check = Nzbn.Validate(input);

        Assert.False(check.IsValid);
        Assert.Equal(message, check.Message);
    }
}
