using CrmErpPortal.Sandbox;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Sandbox.Seed;
using CrmErpPortal.Sandbox.Storage;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Sandbox.Seed;

/// <summary>Determinism and the once-only seeding at start-up, on small worlds.</summary>
public sealed class SandboxSeederTests : IAsyncLifetime
{
    private static readonly SeedScale Small = new(300, Thin: false);
    private readonly List<SeededStores> _stores = [];

    [Fact]
    public async Task GeneratesIdenticalRecords_FromTheSameSeed()
    {
        var first = await SeedAsync(seed: 7);
        var second = await SeedAsync(seed: 7);

        foreach (var (store, set) in EverySet(first, second))
        {
            var a = await SeededStores.RowsAsync(store.A, set, take: 50);
            var b = await SeededStores.RowsAsync(store.B, set, take: 50);
            Assert.True(a.Count > 0, set);
            Assert.Equal(a.Select(r => r.ToJsonString()), b.Select(r => r.ToJsonString()));
        }
    }

    [Fact]
    public async Task GeneratesDifferentRecords_FromAnotherSeed()
    {
        var first = await SeedAsync(seed: 7);
        var second = await SeedAsync(seed: 8);

        var a = await SeededStores.RowsAsync(first.Crm, "accounts", take: 20);
        var b = await SeededStores.RowsAsync(second.Crm, "accounts", take: 20);

        Assert.Empty(a.Select(r => (Guid)r["accountid"]!).Intersect(b.Select(r => (Guid)r["accountid"]!)));
        Assert.NotEqual(a.Select(r => (string)r["name"]!), b.Select(r => (string)r["name"]!));
    }

    [Fact]
    public async Task SeedsOnlyOnce_AcrossRestarts()
    {
        var folder = TestFiles.NewPath("seed-restart");
        Directory.CreateDirectory(folder);
        var options = new SandboxOptions { Scale = "300", DataFolder = folder };
        var clock = new FakeTimeProvider(SeededStores.Anchor);

        var seeded = await SandboxSeeder.EnsureSeededAsync(Open(folder, options, clock), options, clock);
        var restarted = Open(folder, options, clock);
        var version = restarted.Crm.Store.CurrentVersion;
        var again = await SandboxSeeder.EnsureSeededAsync(restarted, options, clock);

        Assert.NotNull(seeded);
        Assert.Null(again);
        Assert.Equal(version, restarted.Crm.Store.CurrentVersion);
        Assert.Equal(300, await restarted.Crm.Store.CountAsync("accounts"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task SeedsBeforeTheSandboxServesItsFirstRequest()
    {
        var folder = TestFiles.NewPath("seed-host");
        Directory.CreateDirectory(folder);
        var app = SandboxApp.Build(new SandboxOptions { Url = "http://127.0.0.1:0", Scale = "200", DataFolder = folder }, folder);

        await app.StartAsync();
        var systems = app.Services.GetRequiredService<SandboxSystems>();
        var accounts = await systems.Crm.Store.CountAsync("accounts");
        var customers = await systems.Erp.Store.CountAsync("customers");
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();

        Assert.Equal(200, accounts);
        Assert.InRange(customers, 170, 200);
    }

    [Fact]
    public void LeavesTheTablesEmpty_WhenScaleIsNone()
    {
        Assert.Null(SeedScale.Parse("None"));
        Assert.Equal(SeedScale.Demo, SeedScale.Parse("demo"));
        Assert.Equal(new SeedScale(100_000, Thin: true), SeedScale.Parse("100000"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    private async Task<SeededStores> SeedAsync(int seed)
    {
        var stores = new SeededStores(Small, seed);
        _stores.Add(stores);
        await stores.InitializeAsync();
        return stores;
    }

    private static IEnumerable<((RecordStore A, RecordStore B), string)> EverySet(SeededStores first, SeededStores second)
    {
        foreach (var set in first.Report.CrmRows.Keys)
        {
            yield return ((first.Crm, second.Crm), set);
        }

        foreach (var set in first.Report.ErpRows.Keys)
        {
            yield return ((first.Erp, second.Erp), set);
        }
    }

    private static SandboxSystems Open(string folder, SandboxOptions options, TimeProvider clock) => new(
        new EmulatedSystem("crm", RecordStore.Open(Path.Combine(folder, "sandbox-crm.db"), clock), new FaultState(options.CrmFaults, 1)),
        new EmulatedSystem("erp", RecordStore.Open(Path.Combine(folder, "sandbox-erp.db"), clock), new FaultState(options.ErpFaults, 2)));
}
