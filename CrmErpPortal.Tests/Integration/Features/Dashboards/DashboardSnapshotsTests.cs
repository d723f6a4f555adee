using CrmErpPortal.Features.Dashboards;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features.Dashboards;

/// <summary>What the page is served: kept only when it was slow to compute, for at most the configured age (real SQLite).</summary>
public sealed class DashboardSnapshotsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(HubRecords.Now);
    private readonly DashboardFilter _november = new(null, null, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await AddCustomerAsync("Kiwi Plumbing Ltd");
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ServesTheKeptDashboard_UntilItIsOlderThanTheMaximumAge()
    {
        var snapshots = Snapshots(keepAbove: TimeSpan.Zero);
        var first = await snapshots.GetAsync(_november, CancellationToken.None);
        await AddCustomerAsync("Harbour Electrical Ltd");

        _clock.Advance(TimeSpan.FromMinutes(9));
        var kept = await snapshots.GetAsync(_november, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var recomputed = await snapshots.GetAsync(_november, CancellationToken.None);

        Assert.Equal(1, first.DataQuality.Customers);
        Assert.Same(first, kept);
        Assert.Equal(2, recomputed.DataQuality.Customers);
        Assert.Equal(_clock.GetUtcNow(), recomputed.ComputedAt);
    }

    [Fact]
    public async Task NeverKeepsAQuickComputation()
    {
        var snapshots = Snapshots(keepAbove: TimeSpan.FromMinutes(1));
        await snapshots.GetAsync(_november, CancellationToken.None);
        await AddCustomerAsync("Harbour Electrical Ltd");

        var second = await snapshots.GetAsync(_november, CancellationToken.None);

        Assert.Equal(2, second.DataQuality.Customers);
    }

    [Fact]
    public async Task Refresh_ComputesAtOnce_AndIsWhatIsServedNext()
    {
        var snapshots = Snapshots(keepAbove: TimeSpan.Zero);
        await snapshots.GetAsync(_november, CancellationToken.None);
        await AddCustomerAsync("Harbour Electrical Ltd");

        var refreshed = await snapshots.RefreshAsync(_november, CancellationToken.None);
        var served = await snapshots.GetAsync(_november, CancellationToken.None);

        Assert.Equal(2, refreshed.DataQuality.Customers);
        Assert.Same(refreshed, served);
    }

    [Fact]
    public async Task KeepsEachFilterApart()
    {
        var snapshots = Snapshots(keepAbove: TimeSpan.Zero);

        var everyone = await snapshots.GetAsync(_november, CancellationToken.None);
        var australia = await snapshots.GetAsync(_november with { Country = "AU" }, CancellationToken.None);

        Assert.Equal(1, everyone.DataQuality.Customers);
        Assert.Equal(0, australia.DataQuality.Customers);
    }

    [Fact]
    public async Task PrecomputeJob_KeepsThisMonthForEveryoneNzAndAu()
    {
        var snapshots = Snapshots(keepAbove: TimeSpan.Zero);
        var thisMonth = DashboardFilter.ThisMonth(_clock.GetUtcNow());

        await new PrecomputeDashboardsJob(snapshots, _clock).RunAsync(CancellationToken.None);
        await AddCustomerAsync("Harbour Electrical Ltd");

        Assert.Equal(1, (await snapshots.GetAsync(thisMonth, CancellationToken.None)).DataQuality.Customers);
        Assert.Equal(1, (await snapshots.GetAsync(thisMonth with { Country = "NZ" }, CancellationToken.None)).DataQuality.Customers);
        Assert.Equal(0, (await snapshots.GetAsync(thisMonth with { Country = "AU" }, CancellationToken.None)).DataQuality.Customers);
    }

    private DashboardSnapshots Snapshots(TimeSpan keepAbove) =>
        new(_database.Contexts, _clock, Microsoft.Extensions.Options.Options.Create(new DashboardOptions { PrecomputeAbove = keepAbove, SnapshotMaxAge = TimeSpan.FromMinutes(10) }));

    private Task AddCustomerAsync(string name) => _database.SeedAsync(db => db.Customers.Add(HubRecords.Customer(name)));
}
