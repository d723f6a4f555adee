using System.Diagnostics;
using CrmErpPortal.Data;
using CrmErpPortal.Features.Dashboards.Leadership;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// Server time of the leadership dashboard (GetLeadershipDashboardQuery: every section) and of the first page of each
/// drill-down list, on a copy of a loaded hub, unfiltered and for each country, an owner and a segment.
/// Usage: dotnet run -c Release --project CrmErpPortal.Benchmarks -- dashboard hub.db [runs=20]
/// </summary>
public static class DashboardBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var source = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the hub .db file to read.");
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var copy = Path.Combine(Path.GetTempPath(), $"dashboard-bench-{Guid.NewGuid():N}.db");
        File.Copy(source, copy);
        try
        {
            await RunOnCopyAsync(copy, runs);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }

        return 0;
    }

    private static async Task RunOnCopyAsync(string hubFile, int runs)
    {
        var builder = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={hubFile}");
        if (Environment.GetEnvironmentVariable("DASHBOARD_SQL") == "1")
        {
            // Each command with its time, to find the slow query behind a slow section.
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }

        var options = builder.Options;
        var factory = new Factory(options);
        int customers;
        string? owner, segment;
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            customers = await db.Customers.CountAsync();
            owner = await db.Customers.Where(c => c.OwnerName != null).GroupBy(c => c.OwnerName).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
            segment = await db.Customers.Where(c => c.Segment != null).GroupBy(c => c.Segment).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
        }

        var dashboard = new GetLeadershipDashboardQuery(factory, TimeProvider.System);
        var lists = new GetDashboardListQuery(factory);
        var all = DashboardFilter.ThisMonth(DateTimeOffset.UtcNow) with { PeriodStart = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-90)) };
        var filters = new (string Label, DashboardFilter Filter)[]
        {
            ("all customers, last 90 days", all),
            ("NZ", all with { Country = "NZ" }),
            ("AU", all with { Country = "AU" }),
            ($"owner with most customers", all with { Owner = owner }),
            ($"largest segment", all with { Segment = segment }),
        };

        Console.WriteLine($"leadership dashboard on {customers:N0} customers ({runs} runs each after 2 warm-up runs):");
        Console.WriteLine("| what | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (label, filter) in filters)
        {
            Print($"whole dashboard, {label}", await TimeAsync(runs, () => dashboard.ExecuteAsync(filter, CancellationToken.None)));
        }

        var snapshots = new DashboardSnapshots(factory, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new CrmErpPortal.Features.Dashboards.DashboardOptions()));
        var precompute = new PrecomputeDashboardsJob(snapshots, TimeProvider.System);
        var watch = Stopwatch.StartNew();
        await precompute.RunAsync(CancellationToken.None);
        Console.WriteLine($"| precompute job (this month: everyone, NZ, AU) | {watch.Elapsed.TotalMilliseconds:0} | | |");
        var thisMonth = DashboardFilter.ThisMonth(DateTimeOffset.UtcNow);
        foreach (var country in new string?[] { null, "NZ", "AU" })
        {
            Print($"page's dashboard after the precompute job, this month, {country ?? "everyone"}", await TimeAsync(runs, () => snapshots.GetAsync(thisMonth with { Country = country }, CancellationToken.None)));
        }

        foreach (var (label, filter) in filters.Take(1).Concat(filters.Skip(3)))
        {
            await using var db = factory.CreateDbContext();
            var now = DateTimeOffset.UtcNow;
            Print($"revenue section, {label}", await TimeAsync(runs, () => RevenueSection.LoadAsync(db, filter, CancellationToken.None)));
            Print($"receivables section, {label}", await TimeAsync(runs, () => ReceivablesSection.LoadAsync(db, filter, CancellationToken.None)));
            Print($"data quality section, {label}", await TimeAsync(runs, () => DataQualitySection.LoadAsync(db, filter, now, CancellationToken.None)));
        }

        foreach (var list in Enum.GetValues<DashboardList>())
        {
            Print($"list {list}, first 100 rows, all customers", await TimeAsync(Math.Max(3, runs / 4), () => lists.ExecuteAsync(list, all, 100, CancellationToken.None)));
        }
    }

    private static async Task<List<double>> TimeAsync<T>(int runs, Func<Task<T>> action)
    {
        await action();
        await action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Print(string label, List<double> times) =>
        Console.WriteLine($"| {label} | {P(times, 50):0} | {P(times, 95):0} | {times.Max():0} |");

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private sealed class Factory(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
