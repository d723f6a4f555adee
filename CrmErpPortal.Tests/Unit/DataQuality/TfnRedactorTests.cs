using CrmErpPortal.DataQuality.Identifiers;

namespace CrmErpPortal.Tests.Unit.DataQuality;

/// <summary>NZAU.md §4.3: the audit trail carries no TFNs, labelled or not, and keeps everything else it needs.</summary>
public sealed class TfnRedactorTests
{
    [Theory]
    [InlineData("""{"Notes":"TFN 123 456 789 given on the phone"}""")]
    [InlineData("""{"TaxFileNumber":"12345678"}""")]
    [InlineData("""{"Reason":"customer number 123456782"}""")]
    [InlineData("""{"Value":"123-456-782"}""")]
    public void RemovesTheNumber_WhenItIsLabelledOrPassesTheTfnChecksum(string text)
    {
        var redacted = TfnRedactor.Redact(text)!;

        Assert.Contains(TfnRedactor.Placeholder, redacted, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{3}[ \-]?\d{3}[ \-]?\d{2,3}", redacted);
    }

    [Theory]
    [InlineData("""{"Phone":"021 234 5678"}""")]
    [InlineData("""{"Phone":"+64 9 123 4567"}""")]
    [InlineData("""{"Abn":"51 824 753 556"}""")]
    [InlineData("""{"Limit":"123456789"}""")]
    [InlineData("""{"Customers":["abcdef12-3456-782a-8def-abcdefabcdef"]}""")]
    public void KeepsPhonesAbnsGuidsAndNumbersThatFailTheChecksum(string text)
    {
        var redacted = TfnRedactor.Redact(text);

        Assert.Equal(text, redacted);
    }

    [Fact]
    public void LeavesNullAndEmptyAlone()
    {
        Assert.Null(TfnRedactor.Redact(null));
        Assert.Equal("", TfnRedactor.Redact(""));
    }
}
