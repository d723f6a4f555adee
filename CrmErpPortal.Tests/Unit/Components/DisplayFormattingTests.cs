using CrmErpPortal.Components.Shared;
using Microsoft.Extensions.Configuration;

namespace CrmErpPortal.Tests.Unit.Components;

public sealed class DisplayFormattingTests
{
    [Fact]
    public void ShowsUtcTimesInNewZealandTime_ByDefault()
    {
        var zone = new DisplayTimeZone(new ConfigurationBuilder().Build());

        var local = zone.ToLocal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(13), local.Offset);
        Assert.Equal(13, local.Hour);
    }

    [Fact]
    public void ShowsTimesInTheConfiguredZone()
    {
        var zone = new DisplayTimeZone(new ConfigurationBuilder().AddInMemoryCollection([new("Portal:TimeZone", "Australia/Perth")]).Build());

        var local = zone.ToLocal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(8), local.Offset);
    }

    [Fact]
    public void FormatsMoneyWithItsCurrencyCode()
    {
        var text = Money.Format(1234.5m, "NZD");

        Assert.Equal("NZD 1,234.50", text);
    }
}
