using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Features.Dashboards;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.Dashboards;

/// <summary>A dashboard figure: fresh, stale past the configured threshold, and never synced.</summary>
public sealed class DashboardCardTests : PortalComponentTest
{
    private static readonly DateTimeOffset Now = HubRecords.Now;
    private readonly DashboardOptions _options = new();

    public DashboardCardTests()
    {
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Context.Services.AddSingleton(Options.Create(_options));
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void ShowsTheFigure_ItsAsOfTime_AndTheListBehindIt_WhenFresh()
    {
        var cut = Render(Now.AddMinutes(-10));

        Assert.Equal("NZD 1,200.00", cut.Find("[data-testid=kpi-value]").TextContent);
        Assert.Equal("2 customers", cut.Find("p.mud-typography-body2").TextContent);
        // 19:50 UTC is 08:50 the next morning in Auckland (NZDT).
        Assert.Equal("As of 28 Nov 2026 08:50", cut.Find("[data-testid=kpi-as-of]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=kpi-stale]"));
        Assert.Equal("/dashboard/lists/overdue?country=NZ", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void FlagsTheFigureAsStale_WhenItsAsOfTimeIsOlderThanTheThreshold()
    {
        var cut = Render(Now.AddHours(-3));

        var stale = cut.Find("[data-testid=kpi-stale]").TextContent;
        Assert.Contains("Stale: as of 28 Nov 2026 06:00", stale);
        Assert.Contains("over 60 min old", stale);
        Assert.Empty(cut.FindAll("[data-testid=kpi-as-of]"));
        Assert.Contains("mud-border-warning", cut.Find("[data-testid=kpi-card]").ClassName);
    }

    [Fact]
    public void FollowsTheConfiguredThreshold()
    {
        _options.StaleAfter = TimeSpan.FromHours(6);

        var cut = Render(Now.AddHours(-3));

        Assert.Empty(cut.FindAll("[data-testid=kpi-stale]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=kpi-as-of]"));
    }

    [Fact]
    public void SaysWhenTheFigureWillFillIn_WhenNeverSynced()
    {
        var cut = Render(null);

        Assert.Equal("Not synced yet: the figure fills in after the first sync", cut.Find("[data-testid=kpi-stale]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=kpi-as-of]"));
    }

    private IRenderedComponent<DashboardCard> Render(DateTimeOffset? asOf) => Context.Render<DashboardCard>(p => p
        .Add(c => c.Title, "Overdue")
        .Add(c => c.Value, "NZD 1,200.00")
        .Add(c => c.Detail, "2 customers")
        .Add(c => c.AsOf, asOf)
        .Add(c => c.DrillHref, "/dashboard/lists/overdue?country=NZ"));
}
