using Bunit;
using CrmErpPortal.Features.Dashboards.Trends;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components.Dashboards;

/// <summary>One KPI's weekly line chart, with its latest value in words.</summary>
public sealed class KpiTrendChartTests : PortalComponentTest
{
    private static readonly DateOnly[] Weeks = [new(2026, 11, 9), new(2026, 11, 16), new(2026, 11, 23)];

    [Fact]
    public void DrawsALinePerCurrency_AndStatesEachLatestValue_WithTheWeekBefore()
    {
        var pipeline = KpiCatalog.Find("open-pipeline")!;

        var cut = Context.Render<KpiTrendChart>(p => p
            .Add(c => c.Kpi, pipeline)
            .Add(c => c.Weeks, Weeks)
            .Add(c => c.Series, [new KpiTrendSeries(pipeline, "AUD", [null, 4_000m, 8_000m]), new KpiTrendSeries(pipeline, "NZD", [11_000m, 12_000m, 10_000m])]));

        Assert.Equal("Open pipeline, weekly", cut.Find("[role=figure]").GetAttribute("aria-label"));
        Assert.Equal(["9 Nov", "16 Nov", "23 Nov"], cut.FindAll("svg text").Select(t => t.TextContent.Trim()).Where(t => t.EndsWith("Nov", StringComparison.Ordinal)).Distinct());
        Assert.Equal(2, cut.FindAll("svg path.mud-chart-line").Count);
        Assert.Equal(
            ["Open pipeline (AUD): AUD 8,000.00 in the week of 23 Nov 2026 (previous week recorded: AUD 4,000.00)",
             "Open pipeline (NZD): NZD 10,000.00 in the week of 23 Nov 2026 (previous week recorded: NZD 12,000.00)"],
            cut.FindAll("[data-testid=trend-latest]").Select(e => e.TextContent));
    }

    [Fact]
    public void FormatsRatiosAndDays_AndSaysSo_WhenAWeekHasNoValue()
    {
        var rate = KpiCatalog.Find("conversion-rate")!;
        var days = KpiCatalog.Find("median-cycle-days")!;

        var rateChart = Context.Render<KpiTrendChart>(p => p.Add(c => c.Kpi, rate).Add(c => c.Weeks, Weeks)
            .Add(c => c.Series, [new KpiTrendSeries(rate, "", [0.5m, null, 0.75m])]));
        var daysChart = Context.Render<KpiTrendChart>(p => p.Add(c => c.Kpi, days).Add(c => c.Weeks, Weeks)
            .Add(c => c.Series, [new KpiTrendSeries(days, "", [null, null, null])]));

        Assert.Equal("Quote-to-order conversion: 75% in the week of 23 Nov 2026 (previous week recorded: 50%)", rateChart.Find("[data-testid=trend-latest]").TextContent);
        Assert.Equal("Median days from quote won to ERP order: no value recorded", daysChart.Find("[data-testid=trend-latest]").TextContent);
    }
}
