using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.View360;

public sealed class CreditPanelTests : PortalComponentTest
{
    // 07:10 and 08:55 in Auckland (NZDT, UTC+13) on 28 Nov 2026.
    private static readonly DateTimeOffset CachedAt = new(2026, 11, 27, 18, 10, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LiveAt = new(2026, 11, 27, 19, 55, 0, TimeSpan.Zero);

    public CreditPanelTests()
    {
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(LiveAt));
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void SaysTheFiguresAreLive_WithTheirTime()
    {
        var live = new LiveCreditResult(Figures(limit: 20000m, balance: 4000m), LiveAt, IsLive: true, StaleReason: null);

        var cut = Render(Credit(Figures(limit: 20000m, balance: 1000m)), live);

        Assert.Contains("live as of 08:55", cut.Find("[data-testid=credit-freshness]").TextContent);
        Assert.Contains("NZD 4,000.00", cut.Markup);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void ShowsCachedFiguresWithTheirAgeAndReason_AndOffersRetry_WhenTheErpIsDown()
    {
        var cached = Figures(limit: 20000m, balance: 1000m);
        var stale = new LiveCreditResult(cached, CachedAt, IsLive: false, StaleReason: "ERP unreachable: 503");

        var cut = Render(Credit(cached), stale);

        Assert.Contains("cached as of 07:10 — ERP unreachable: 503", cut.Find("[data-testid=credit-freshness]").TextContent);
        Assert.Contains("1 h 45 min old", cut.Markup);
        Assert.Equal("Retry", cut.Find("button").TextContent.Trim());
    }

    [Fact]
    public void CallsRetry_WhenTheRepPressesIt()
    {
        var retried = false;
        var stale = new LiveCreditResult(Figures(20000m, 1000m), CachedAt, IsLive: false, StaleReason: "ERP unreachable: 503");
        var cut = Context.Render<CreditPanel>(p => p.Add(x => x.Credit, Credit(stale.Figures)).Add(x => x.Live, stale).Add(x => x.OnRetry, () => retried = true));

        cut.Find("button").Click();

        Assert.True(retried);
    }

    [Fact]
    public void WarnsThatExposureExceedsTheLimit_CountingOpenOrders()
    {
        var cut = Render(Credit(Figures(limit: 10000m, balance: 6000m), openOrders: 5500m), live: null);

        Assert.Equal("NZD 11,500.00", cut.Find("[data-testid=exposure]").TextContent);
        Assert.Contains("exceeds the credit limit of NZD 10,000.00", cut.Markup);
    }

    [Fact]
    public void ShowsProgress_WhileAskingTheErp()
    {
        var cut = Context.Render<CreditPanel>(p => p.Add(x => x.Credit, Credit(Figures(20000m, 1000m))).Add(x => x.Loading, true));

        Assert.NotEmpty(cut.FindAll(".mud-progress-linear"));
        Assert.Contains("checking the ERP", cut.Markup);
    }

    [Fact]
    public void SaysWhatToDo_WhenNoErpCustomerIsLinked()
    {
        var cut = Context.Render<CreditPanel>(p => p.Add(x => x.Credit, null));

        Assert.Contains("no ERP customer linked", cut.Markup);
    }

    private IRenderedComponent<CreditPanel> Render(CreditView credit, LiveCreditResult? live) =>
        Context.Render<CreditPanel>(p => p.Add(x => x.Credit, credit).Add(x => x.Live, live));

    private static CreditFigures Figures(decimal limit, decimal balance) =>
        new("NZD", limit, balance, 0m, balance, 0m, 0m, 0m, "30 DAYS", CreditBlocked.None);

    private static CreditView Credit(CreditFigures figures, decimal openOrders = 0m) =>
        new(Guid.NewGuid().ToString(), figures, CachedAt, CachedAt, openOrders);
}
