using System.Diagnostics;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// The duplicate engine's changed-customers run on a loaded hub (a copy of it): one full re-score (trains the model),
/// then a cold changed run (reads and indexes the whole hub), then rounds in which one customer changes and the
/// warm changed run scores it against the hub. Usage:
/// dotnet run -c Release --project CrmErpPortal.Benchmarks -- score-changed hub.db [rounds=20]
/// </summary>
public static class IncrementalScoringBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var source = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the hub .db file (it is copied, not changed).");
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var copy = Path.Combine(Path.GetTempPath(), $"score-changed-{Guid.NewGuid():N}.db");
        File.Copy(source, copy);
        try
        {
            await RunOnAsync(copy, rounds);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        return 0;
    }

    private static async Task RunOnAsync(string hubFile, int rounds)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={hubFile}").Options;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(new Factory(options));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HubCustomerLoader>();
        services.AddSingleton<DuplicateModelStore>();
        services.AddSingleton<ScoringRunTracker>();
        services.AddSingleton<CandidateWriter>();
        services.AddSingleton<ClusterAssigner>();
        services.AddSingleton<DuplicateScorer>();
        await using var provider = services.BuildServiceProvider();
        var runs = provider.GetRequiredService<ScoringRunTracker>();
        var scorer = provider.GetRequiredService<DuplicateScorer>();
        List<Guid> ids;
        await using (var db = new SqlitePortalDbContext(options))
        {
            await db.Database.MigrateAsync();
            ids = await db.Customers.AsNoTracking().Where(c => c.Status != CustomerStatus.Merged).Select(c => c.Id).ToListAsync();
        }

        var full = await TimeAsync(async () => await scorer.ScoreAllAsync(await runs.QueueAsync(ScoringRunKind.Full, "benchmark", default), default));
        await TouchAsync(options, ids[0]);
        var cold = await TimeAsync(async () => await scorer.ScoreChangedAsync(await runs.QueueAsync(ScoringRunKind.Changed, "benchmark", default), default));
        var random = new Random(3);
        var warm = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            await TouchAsync(options, ids[random.Next(ids.Count)]);
            await Task.Delay(DuplicateScorer.Overlap + TimeSpan.FromMilliseconds(50)); // the previous run's change leaves the look-back window
            warm.Add(await TimeAsync(async () => await scorer.ScoreChangedAsync(await runs.QueueAsync(ScoringRunKind.Changed, "benchmark", default), default)));
        }

        warm.Sort();
        Console.WriteLine($"duplicate scoring on {ids.Count:N0} customers ({Path.GetFileName(hubFile)}):");
        Console.WriteLine($"full re-score (train + score + save pairs): {full / 1000:F1} s");
        Console.WriteLine($"first changed-customers run (reads and indexes the hub): {cold / 1000:F2} s");
        Console.WriteLine($"warm changed-customers run, one customer changed, {rounds} rounds: median {warm[warm.Count / 2]:F1} ms, max {warm[^1]:F1} ms (whole run: find changes, read, re-index, score, save, checkpoint)");
    }

    /// <summary>A change the way a pull makes one: a new phone and a new UpdatedAt.</summary>
    private static async Task TouchAsync(DbContextOptions<SqlitePortalDbContext> options, Guid id)
    {
        await using var db = new SqlitePortalDbContext(options);
        var customer = await db.Customers.SingleAsync(c => c.Id == id);
        customer.PhoneE164 = $"+649{Random.Shared.Next(2_000_000, 9_999_999)}";
        customer.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private sealed class Factory(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
