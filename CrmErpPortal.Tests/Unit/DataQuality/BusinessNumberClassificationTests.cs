using CrmErpPortal.DataQuality;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>What search and sync rely on: a value is recognised as the identifier its length and check digits say.</summary>
public sealed class BusinessNumberClassificationTests
{
    [Theory]
    [InlineData("51 824 753 556", "51824753556", BusinessNumberType.Abn)]
    [InlineData("004-085-616", "004085616", BusinessNumberType.Acn)]
    [InlineData("9429039501974", "9429039501974", BusinessNumberType.Nzbn)]
    [InlineData("51 824 753 557", "51824753557", BusinessNumberType.None)]
    [InlineData("9429039501976", "9429039501976", BusinessNumberType.None)]
    [InlineData("49-091-850", "49091850", BusinessNumberType.None)]
    [InlineData("ABN 51 824 753 556", null, BusinessNumberType.None)]
    [InlineData("", null, BusinessNumberType.None)]
    public void ClassifiesByLengthAndCheckDigits(string input, string? digits, BusinessNumberType type)
    {
        var classified = BusinessNumbers.Classify(input);

        Assert.Equal((digits, type), classified);
    }
}
