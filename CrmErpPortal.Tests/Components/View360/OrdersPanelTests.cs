using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.View360;

public sealed class OrdersPanelTests : PortalComponentTest
{
    // 07:10 and 08:55 in Auckland (NZDT, UTC+13) on 28 Nov 2026.
    private static readonly DateTimeOffset SyncedAt = new(2026, 11, 27, 18, 10, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 19, 55, 0, TimeSpan.Zero);
    private static readonly SalesOrderView Released = Order("ERP-1", "SO-1", SalesOrderStatus.Released);
    private static readonly SalesOrderView Open = Order("ERP-2", "SO-2", SalesOrderStatus.Open);

    public OrdersPanelTests()
    {
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void ShowsTheLiveStatus_AndWhatTheMirrorHad()
    {
        var live = new LiveOrderStatusResult(new Dictionary<string, SalesOrderStatus> { ["ERP-1"] = SalesOrderStatus.Shipped }, Now, IsLive: true, StaleReason: null);

        var cut = Context.Render<OrdersPanel>(p => p.Add(x => x.Orders, [Released, Open]).Add(x => x.Live, live));

        Assert.Contains("status live as of 08:55", cut.Find("[data-testid=orders-freshness]").TextContent);
        var statuses = cut.FindAll("[data-testid=order-status]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["Shipped", "Open"], statuses);
        Assert.Contains("was Released at last sync", cut.Markup);
        Assert.Contains("no longer an open order in the ERP", cut.Markup);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void ShowsCachedStatusWithItsAge_AndRetries_WhenTheErpIsDown()
    {
        var retried = false;
        var stale = new LiveOrderStatusResult(new Dictionary<string, SalesOrderStatus>(), SyncedAt, IsLive: false, StaleReason: "ERP unreachable: 503");

        var cut = Context.Render<OrdersPanel>(p => p.Add(x => x.Orders, [Released]).Add(x => x.Live, stale).Add(x => x.OnRetry, () => retried = true));

        Assert.Contains("status cached as of 07:10", cut.Find("[data-testid=orders-freshness]").TextContent);
        Assert.Contains("1 h 45 min old. ERP unreachable: 503", cut.Markup);
        Assert.Equal("Released", cut.Find("[data-testid=order-status]").TextContent.Trim());
        cut.Find("button").Click();
        Assert.True(retried);
    }

    [Fact]
    public void SaysWhatToExpect_WhenThereAreNoOrders()
    {
        var cut = Context.Render<OrdersPanel>(p => p.Add(x => x.Orders, []));

        Assert.Contains("No sales orders in the ERP", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=orders-freshness]"));
    }

    private static SalesOrderView Order(string erpId, string number, SalesOrderStatus status) =>
        new(Guid.NewGuid(), erpId, number, null, "NZD", 1200m, status, new DateOnly(2026, 11, 20), SyncedAt, []);
}
