using Bunit;
using Bunit.TestDoubles;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Dashboards;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Features.Dashboards.Trends;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.Dashboards;

/// <summary>The dashboard's Trends section on a real SQLite hub: empty, normal, stale, and "Take snapshot now".</summary>
public sealed class TrendsSectionTests : PortalComponentTest, IAsyncLifetime
{
    // Friday 27 Nov 2026: "now" falls in the week of Monday 23 November.
    private static readonly DateTimeOffset Now = HubRecords.Now;

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private BunitAuthorizationContext _auth = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton<TimeProvider>(_clock);
        Context.Services.AddSingleton(Options.Create(new DashboardOptions()));
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddScoped<GetLeadershipDashboardQuery>();
        Context.Services.AddScoped<GetKpiTrendsQuery>();
        Context.Services.AddScoped<RecordKpiSnapshotsJob>();
        Context.Services.AddScoped<TakeKpiSnapshotCommand>();
        Context.Services.AddScoped<AuditWriter>();
        _auth = Context.AddAuthorization();
        _auth.SetAuthorized("Sam Whitfield").SetRoles(Roles.Leadership).SetPolicies(Policies.Dashboards);
        Context.Render<MudBlazor.MudSnackbarProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysWhenTheFirstTrendAppears_AndWhatToDo_BeforeAnySnapshot()
    {
        var cut = Context.Render<TrendsSection>();

        var empty = cut.WaitForElement("[data-testid=trends-empty]").TextContent;
        Assert.Contains("Snapshots are taken every Monday; the first trend appears after two weeks.", empty);
        Assert.Contains("No week is recorded yet.", empty);
        Assert.Contains("Take snapshot now", empty);
        Assert.Empty(cut.FindAll("[data-testid=trend-chart]"));
    }

    [Fact]
    public async Task StaysEmpty_WithOneWeek_NamingIt()
    {
        await SeedAsync(Snapshot(new(2026, 11, 16), "quotes-won", "", 3m));

        var cut = Context.Render<TrendsSection>();

        Assert.Contains("So far one week is recorded (week of 16 Nov 2026).", cut.WaitForElement("[data-testid=trends-empty]").TextContent);
    }

    [Fact]
    public async Task DrawsAChartPerKpi_ForTheCountryAskedFor()
    {
        await SeedAsync(
            Snapshot(new(2026, 11, 9), "quotes-won", "", 3m, "NZ"), Snapshot(new(2026, 11, 16), "quotes-won", "", 5m, "NZ"),
            Snapshot(new(2026, 11, 9), "overdue", "NZD", 900m, "NZ"), Snapshot(new(2026, 11, 16), "overdue", "NZD", 1_200m, "NZ"),
            Snapshot(new(2026, 11, 9), "quotes-won", "", 40m), Snapshot(new(2026, 11, 16), "quotes-won", "", 50m));

        var cut = Context.Render<TrendsSection>(p => p.Add(c => c.Country, "NZ"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=trend-chart]").Count));
        Assert.Equal(
            ["Quotes won: 5 in the week of 16 Nov 2026 (previous week recorded: 3)",
             "Overdue (NZD): NZD 1,200.00 in the week of 16 Nov 2026 (previous week recorded: NZD 900.00)"],
            cut.FindAll("[data-testid=trend-latest]").Select(e => e.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=trends-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=trends-stale]"));
        Assert.Contains("Weekly snapshots, NZ", cut.Markup);
    }

    [Fact]
    public async Task FlagsTheTrendsAsStale_WhenTheLastSnapshotIsOverAWeekOld()
    {
        await SeedAsync(Snapshot(new(2026, 10, 26), "quotes-won", "", 3m), Snapshot(new(2026, 11, 2), "quotes-won", "", 5m));

        var cut = Context.Render<TrendsSection>();

        var stale = cut.WaitForElement("[data-testid=trends-stale]").TextContent;
        Assert.Contains("more than a week ago", stale);
        Assert.Contains("dashboard-kpi-snapshots", stale);
        Assert.Single(cut.FindAll("[data-testid=trend-chart]"));
    }

    [Fact]
    public async Task TakeSnapshotNow_RecordsThisWeek_AndTheFirstTrendAppears()
    {
        await SeedAsync(Snapshot(new(2026, 11, 16), "quotes-won", "", 3m));
        var cut = Context.Render<TrendsSection>();
        cut.WaitForElement("[data-testid=trends-empty]");

        await cut.Find("[data-testid=take-snapshot]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("Quotes won: 0 in the week of 23 Nov 2026 (previous week recorded: 3)",
            cut.FindAll("[data-testid=trend-latest]").Select(e => e.TextContent)));
        await using var db = _database.Contexts.CreateDbContext();
        Assert.True(await db.KpiSnapshots.CountAsync(s => s.WeekStart == new DateOnly(2026, 11, 23) && s.TakenAt == Now) > 0);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "KpiSnapshotTaken" && a.EntityId == "2026-11-23"));
    }

    [Fact]
    public async Task NoOneWithoutTheDashboardsPolicy_CanTakeASnapshot_EvenPastTheHiddenButton()
    {
        _auth.SetAuthorized("Aroha Ngata").SetRoles(Roles.SalesRep).SetPolicies();
        var cut = Context.Render<TrendsSection>();
        cut.WaitForElement("[data-testid=trends-empty]");
        var user = await Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync();

        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Context.Services.GetRequiredService<TakeKpiSnapshotCommand>().ExecuteAsync(user.User, CancellationToken.None));

        Assert.Empty(cut.FindAll("[data-testid=take-snapshot]"));
        Assert.Equal("Only leadership or an admin can take a KPI snapshot.", refused.Message);
        await using var db = _database.Contexts.CreateDbContext();
        Assert.Equal(0, await db.KpiSnapshots.CountAsync());
    }

    private Task SeedAsync(params KpiSnapshot[] rows) => _database.SeedAsync(db => db.KpiSnapshots.AddRange(rows));

    private static KpiSnapshot Snapshot(DateOnly week, string kpi, string currency, decimal value, string country = KpiSnapshot.AllCountries) => new()
    {
        WeekStart = week, Kpi = kpi, Country = country, Currency = currency, Value = value,
        TakenAt = new DateTimeOffset(week.AddDays(7).ToDateTime(new TimeOnly(0, 15)), TimeSpan.Zero),
    };
}
