using System.Diagnostics;
using CrmErpPortal.Data;
using CrmErpPortal.Features.Sync;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;
using CrmErpPortal.Jobs;
using CrmErpPortal.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// Full load of N CRM accounts and ~0.9 N ERP customers from the sandbox emulators into a fresh SQLite hub, through
/// the real connectors over loopback HTTP and the real mirror writers. Prints rows per second and memory, sampled
/// through the run, so "memory stays flat as the load grows" can be read off the samples.
/// Then times the customer 360 page's assembly on the loaded hub (View360Benchmark).
/// Usage: dotnet run -c Release --project CrmErpPortal.Benchmarks -- [scale=100000] [work folder]  (or "dq": DataQualityRulesBenchmark, "push": PushReliabilityBenchmark, "drift": DriftBenchmark)
/// </summary>
public static class FullLoadBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "search")
        {
            return await SearchBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "dq")
        {
            return await DataQualityRulesBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "score-changed")
        {
            return await IncrementalScoringBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "push")
        {
            return await PushReliabilityBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "dashboard")
        {
            return await DashboardBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "drift")
        {
            return await DriftBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "view360")
        {
            return await View360Benchmark.RunAsync(args[1..]);
        }

        var scale = args.Length > 0 ? args[0] : "100000";
        var folder = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"crmerpportal-bench-{scale}"));
        Directory.CreateDirectory(folder);

        var seedWatch = Stopwatch.StartNew();
        var sandbox = SandboxApp.Build(new SandboxOptions { Url = "http://127.0.0.1:0", Scale = scale, DataFolder = folder }, folder);
        await sandbox.StartAsync();
        var sandboxUrl = new Uri(sandbox.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");
        Console.WriteLine($"sandbox ready (seeded or reused) in {seedWatch.Elapsed.TotalSeconds:0.0} s at {sandboxUrl}");

        var hubFile = Path.Combine(folder, $"hub-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={hubFile}",
            ["Integration:Crm:BaseUrl"] = new Uri(sandboxUrl, "crm/").ToString(),
            ["Integration:Crm:Auth"] = "Sandbox",
            ["Integration:Erp:BaseUrl"] = new Uri(sandboxUrl, "erp/v2.0/sandbox/production/").ToString(),
            ["Integration:Erp:Auth"] = "Sandbox",
            ["Jobs:RunServer"] = "false",
        });
        builder.AddPortalData();
        builder.AddPortalIntegration();
        builder.AddPortalJobs();
        builder.AddSync();
        await using var portal = builder.Build();
        await portal.MigratePortalDatabaseAsync();

        using var sampler = new MemorySampler(TimeSpan.FromSeconds(2));
        var crm = await TimeAsync("CRM full load (accounts, contacts, opportunities, quotes, cases)",
            () => portal.Services.GetRequiredService<CrmPullJob>().RunAsync(CancellationToken.None), portal, "Crm");
        var erp = await TimeAsync("ERP full load (customers with financial detail, invoices, orders, aging)",
            () => portal.Services.GetRequiredService<ErpPullJob>().RunAsync(CancellationToken.None), portal, "Erp");
        sampler.Stop();

        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Console.WriteLine($"hub: {await db.Customers.CountAsync():N0} golden customers, {await db.SourceLinks.CountAsync():N0} source links, {await db.Contacts.CountAsync():N0} contacts, {await db.Invoices.CountAsync():N0} invoices");
        Console.WriteLine($"managed heap samples (MB, every 2 s): {string.Join(' ', sampler.HeapMegabytes)}");
        Console.WriteLine($"working set samples (MB, every 2 s): {string.Join(' ', sampler.WorkingSetMegabytes)}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB (process includes the in-process sandbox)");
        Console.WriteLine($"total: {crm + erp:N0} rows read");
        await sandbox.StopAsync();
        await View360Benchmark.RunAsync(hubFile, 1000);
        Console.WriteLine($"hub kept for reruns: {hubFile}");
        return 0;
    }

    private static async Task<int> TimeAsync(string label, Func<Task> run, WebApplication portal, string system)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await run();
        watch.Stop();
        // CPU time is steadier than wall time when other work shares the cores (it includes the in-process sandbox).
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var wanted = Enum.Parse<CrmErpPortal.Data.Entities.SourceSystem>(system);
        var runs = await db.SyncRuns.AsNoTracking().Where(r => r.System == wanted).ToListAsync();
        var read = runs.Sum(r => r.Read);
        var failed = runs.Where(r => r.ErrorSummary != null).Select(r => $"{r.Entity}: {r.ErrorSummary}").ToList();
        Console.WriteLine($"{label}: {read:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s = {read / watch.Elapsed.TotalSeconds:N0} rows/s; process CPU {cpuSeconds:0.0} s");
        foreach (var entity in runs.OrderBy(r => r.Id))
        {
            Console.WriteLine($"  {entity.Entity}: read {entity.Read:N0}, new {entity.Inserted:N0}, changed {entity.Updated:N0}, {(entity.FinishedAt - entity.StartedAt)?.TotalSeconds:0.0} s");
        }

        failed.ForEach(f => Console.WriteLine($"  FAILED {f}"));
        return read;
    }

    private sealed class MemorySampler : IDisposable
    {
        private readonly Timer _timer;

        public MemorySampler(TimeSpan every) => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, every);

        public List<long> HeapMegabytes { get; } = [];

        public List<long> WorkingSetMegabytes { get; } = [];

        public void Stop() => _timer.Change(Timeout.Infinite, Timeout.Infinite);

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            lock (HeapMegabytes)
            {
                HeapMegabytes.Add(GC.GetTotalMemory(false) / 1024 / 1024);
                WorkingSetMegabytes.Add(Environment.WorkingSet / 1024 / 1024);
            }
        }
    }
}
