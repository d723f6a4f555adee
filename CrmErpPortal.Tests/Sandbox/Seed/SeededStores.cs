using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Seed;
using CrmErpPortal.Sandbox.Storage;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace CrmErpPortal.Tests.Sandbox.Seed;

/// <summary>Two fresh stores seeded once at a fixed instant, shared by the tests that only read them.</summary>
public sealed class SeededStores : IAsyncLifetime
{
    public static readonly DateTimeOffset Anchor = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    private readonly string _folder = TestFiles.NewPath("seed");

    public SeededStores()
        : this(SeedScale.Demo)
    {
    }

    internal SeededStores(SeedScale scale, int seed = 20261127)
    {
        Scale = scale;
        Seed = seed;
    }

    public SeedScale Scale { get; }

    public int Seed { get; }

    public RecordStore Crm { get; private set; } = default!;

    public RecordStore Erp { get; private set; } = default!;

    public SeedReport Report { get; private set; } = default!;

    public DateOnly Today => DateOnly.FromDateTime(Anchor.UtcDateTime);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Crm = RecordStore.Open(Path.Combine(_folder, "sandbox-crm.db"), TimeProvider.System);
        Erp = RecordStore.Open(Path.Combine(_folder, "sandbox-erp.db"), TimeProvider.System);
        Report = await SandboxSeeder.SeedAsync(Crm, Erp, Seed, Scale, Anchor);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp files; the OS cleans them if a handle lingers.
        }

        return Task.CompletedTask;
    }

    public static async Task<List<JsonObject>> RowsAsync(RecordStore store, string entitySet, int? take = null)
    {
        var rows = new List<JsonObject>();
        await foreach (var record in store.ScanAsync(entitySet, 0, includeDeleted: false))
        {
            rows.Add(record.Body);
            if (rows.Count == take)
            {
                break;
            }
        }

        return rows;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoSeedCollection : ICollectionFixture<SeededStores>
{
    public const string Name = "Demo seed";
}
