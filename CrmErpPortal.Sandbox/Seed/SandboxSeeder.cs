using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// Fills the two emulated systems with the generated NZ/AU world once: a store that carries the "seeded" meta flag is
/// never written again, so a restart keeps whatever the portal has changed since.
/// </summary>
public static class SandboxSeeder
{
    public const string SeededMetaKey = "seeded";

    /// <summary>Rows held before a write; about 30 MB of JSON nodes, and few enough commits for a million accounts.</summary>
    private const int RowsPerWrite = 20_000;

    /// <summary>Seeds each store that has not been seeded yet (none when Scale is "None"); returns null when nothing was written.</summary>
    public static async Task<SeedReport?> EnsureSeededAsync(
        SandboxSystems systems, SandboxOptions options, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var scale = SeedScale.Parse(options.Scale);
        if (scale is null)
        {
            return null;
        }

        var crm = await systems.Crm.Store.GetMetaAsync(SeededMetaKey, cancellationToken) is null ? systems.Crm.Store : null;
        var erp = await systems.Erp.Store.GetMetaAsync(SeededMetaKey, cancellationToken) is null ? systems.Erp.Store : null;
        if (crm is null && erp is null)
        {
            return null;
        }

        return await SeedAsync(crm, erp, options.RandomSeed, scale, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// Generates the world for <paramref name="seed"/> anchored at <paramref name="now"/> (expiries and overdue days are
    /// relative to it) and writes it to the given stores; a null store is generated for but not written.
    /// </summary>
    public static async Task<SeedReport> SeedAsync(
        RecordStore? crm, RecordStore? erp, int seed, SeedScale scale, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var world = new SeedWorld(seed, scale, now);
        var report = new SeedReport
        {
            RandomSeed = seed,
            Scale = scale == SeedScale.Demo ? "Demo" : scale.Accounts.ToString(CultureInfo.InvariantCulture),
            AnchorDate = Party.Day(world.Today),
        };
        var generator = new SeedGenerator(world, report);

        // Double buffering: the next batch is generated while the previous one is written.
        var batch = new SeedBatch(crm is not null, erp is not null, report);
        generator.AddReferenceData(batch);
        var writing = Task.CompletedTask;
        for (var index = 0; index < world.Parties; index++)
        {
            generator.AddParty(index, batch);
            if (batch.Pending >= RowsPerWrite)
            {
                await writing;
                writing = batch.WriteAsync(crm, erp, cancellationToken);
                batch = new SeedBatch(crm is not null, erp is not null, report);
            }
        }

        await writing;
        await batch.WriteAsync(crm, erp, cancellationToken);

        report.Seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 2);
        var json = report.ToJson();
        var flag = JsonSerializer.Serialize(new { seed, scale = report.Scale, anchorDate = report.AnchorDate });
        if (crm is not null)
        {
            await crm.SetMetaAsync(SeedReport.MetaKey, json, cancellationToken);
            await crm.SetMetaAsync(SeedReport.DuplicatesMetaKey, JsonSerializer.Serialize(report.DuplicatePairs), cancellationToken);
            await crm.SetMetaAsync(SeededMetaKey, flag, cancellationToken);
        }

        if (erp is not null)
        {
            await erp.SetMetaAsync(SeedReport.MetaKey, json, cancellationToken);
            await erp.SetMetaAsync(SeededMetaKey, flag, cancellationToken);
        }

        return report;
    }
}
