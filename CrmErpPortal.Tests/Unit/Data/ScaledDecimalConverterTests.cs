using CrmErpPortal.Data;

namespace CrmErpPortal.Tests.Unit.Data;

public sealed class ScaledDecimalConverterTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("1234.5678")]
    [InlineData("-42.10")]
    [InlineData("999999999999.9999")]
    public void RoundTripsMoneyExactlyToFourPlaces(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var converter = new ScaledDecimalConverter();

        var stored = converter.ConvertToProvider(amount);
        var back = (decimal)converter.ConvertFromProvider(stored)!;

        Assert.Equal(amount, back);
    }

    [Fact]
    public void StoresAnIntegerThatSortsLikeTheAmount()
    {
        var converter = new ScaledDecimalConverter();

        var small = (long)converter.ConvertToProvider(-0.0001m)!;
        var large = (long)converter.ConvertToProvider(0.0001m)!;

        Assert.True(small < 0 && large > 0 && small < large);
    }
}
