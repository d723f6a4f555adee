using CrmErpPortal.Sandbox.Seed;

namespace CrmErpPortal.Tests.Sandbox.Seed;

/// <summary>The check-digit rules against the worked examples in docs/NZAU.md §1, so the seed tests don't check the generator against itself.</summary>
public sealed class BusinessNumbersTests
{
    [Theory]
    [InlineData("51 824 753 556")]
    [InlineData("48 123 123 124")]
    [InlineData("49 004 028 077")]
    [InlineData("33 051 775 556")]
    public void AcceptsPublishedAbns(string abn) => Assert.True(BusinessNumbers.IsValidAbn(abn));

    [Theory]
    [InlineData("51 824 753 557")]
    [InlineData("99 999 999 999")]
    [InlineData("01 824 753 556")]
    [InlineData("5182475355")]
    public void RejectsMalformedAbns(string abn) => Assert.False(BusinessNumbers.IsValidAbn(abn));

    [Theory]
    [InlineData("9429039501974", true)]
    [InlineData("9429046393920", true)]
    [InlineData("9429050294954", true)]
    [InlineData("9429039501976", false)]
    [InlineData("1234567890128", false)]
    [InlineData("942903950197", false)]
    public void ChecksNzbns(string nzbn, bool valid) => Assert.Equal(valid, BusinessNumbers.IsValidNzbn(nzbn));

    [Theory]
    [InlineData("49-091-850", true)]
    [InlineData("35-901-981", true)]
    [InlineData("49-098-576", true)]
    [InlineData("136-410-132", true)]
    [InlineData("136-410-133", false)]
    [InlineData("9-125-568", false)]
    [InlineData("150-000-009", false)]
    public void ChecksIrdAndGstNumbers(string number, bool valid) => Assert.Equal(valid, BusinessNumbers.IsValidIrd(number));

    [Theory]
    [InlineData("004 085 616", true)]
    [InlineData("123 123 124", true)]
    [InlineData("004 085 617", false)]
    public void ChecksAcns(string acn, bool valid) => Assert.Equal(valid, BusinessNumbers.IsValidAcn(acn));
}
