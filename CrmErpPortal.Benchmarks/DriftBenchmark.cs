using System.Diagnostics;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.Features.Dashboards.Drift;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// The nightly drift check and the drift report's reads on a copy of a loaded hub. The pulls that filled the hub
/// predate the per-source copies, so the copies are written here from the golden records: the CRM's as held, the
/// ERP's reformatted (Ltd/Limited, +64 phones, "St" for "Street", capitals in emails) and with a real difference
/// planted in <c>drift%</c> of the customers linked in both. Usage:
/// dotnet run -c Release --project CrmErpPortal.Benchmarks -- drift hub.db [drift%=2]
/// </summary>
public static class DriftBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var source = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the hub .db file (it is copied, not changed).");
        var percent = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var copy = Path.Combine(Path.GetTempPath(), $"drift-{Guid.NewGuid():N}.db");
        File.Copy(source, copy);
        try
        {
            await RunOnAsync(copy, percent);
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

    private static async Task RunOnAsync(string hubFile, int percent)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={hubFile}").Options;
        var contexts = new Factory(options);
        var seed = Stopwatch.StartNew();
        int pairs;
        await using (var db = new SqlitePortalDbContext(options))
        {
            await db.Database.MigrateAsync();
            pairs = await SeedCopiesAsync(db, percent);
        }

        Console.WriteLine($"copies written for {pairs:N0} customers linked in both ({percent}% with a planted difference) in {seed.Elapsed.TotalSeconds:0.0} s");
        var job = new DetectDriftJob(contexts, TimeProvider.System);
        var (first, firstMs) = await TimeAsync(() => job.RunAsync(default));
        var (second, secondMs) = await TimeAsync(() => job.RunAsync(default));
        var (summary, summaryMs) = await TimeAsync(() => new GetDriftSummaryQuery(contexts).ExecuteAsync(null, default));
        var (_, summaryNzMs) = await TimeAsync(() => new GetDriftSummaryQuery(contexts).ExecuteAsync("NZ", default));
        var (list, listMs) = await TimeAsync(() => new ListDriftQuery(contexts).ExecuteAsync(null, null, ListDriftQuery.PageLimit, default));
        var (_, phoneMs) = await TimeAsync(() => new ListDriftQuery(contexts).ExecuteAsync("AU", SharedField.Phone, ListDriftQuery.PageLimit, default));
        var (all, exportMs) = await TimeAsync(() => new ListDriftQuery(contexts).ExecuteAsync(null, null, null, default));
        var warmSummary = new List<double>();
        var warmList = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            warmSummary.Add((await TimeAsync(() => new GetDriftSummaryQuery(contexts).ExecuteAsync(null, default))).Milliseconds);
            warmList.Add((await TimeAsync(() => new ListDriftQuery(contexts).ExecuteAsync(null, null, ListDriftQuery.PageLimit, default))).Milliseconds);
        }

        warmSummary.Sort();
        warmList.Sort();

        Console.WriteLine($"drift check, first run: {first.CustomersCompared:N0} customers compared, {first.Detected:N0} differences found, {firstMs / 1000:F2} s");
        Console.WriteLine($"drift check, re-run (nothing changed): {second.Detected:N0} new, {second.Resolved:N0} resolved, {second.Open:N0} open, {secondMs / 1000:F2} s");
        Console.WriteLine($"dashboard card (summary, all countries): {summaryMs:F0} ms; NZ only: {summaryNzMs:F0} ms; {summary.Total:N0} open");
        Console.WriteLine($"drift page list (first {ListDriftQuery.PageLimit} of {list.Total:N0}): {listMs:F0} ms; AU phones: {phoneMs:F0} ms; export read (all {all.Rows.Count:N0} rows): {exportMs:F0} ms");
        Console.WriteLine($"warm, 5 rounds: summary median {warmSummary[2]:F0} ms (max {warmSummary[^1]:F0}); page list median {warmList[2]:F0} ms (max {warmList[^1]:F0})");
    }

    private static async Task<int> SeedCopiesAsync(SqlitePortalDbContext db, int percent)
    {
        var rows = await (
            from c in db.Customers.AsNoTracking()
            where c.Status != CustomerStatus.Merged
            join crm in db.SourceLinks.Where(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource && l.MergedFromCustomerId == null) on c.Id equals crm.CustomerId
            join erp in db.SourceLinks.Where(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId == null) on c.Id equals erp.CustomerId
            select new { CrmLink = crm.Id, ErpLink = erp.Id, c.DisplayName, c.PhoneE164, c.Email, c.BusinessNumber, c.BillingAddress, c.CountryCode }).ToListAsync();
        var random = new Random(8);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = 0;
        foreach (var r in rows)
        {
            var address = r.BillingAddress is { } a ? new AddressInput(a.Line1, a.Line2, a.City ?? a.Locality, a.Region, a.Postcode, a.CountryCode) : null;
            var planted = random.Next(100) < percent ? random.Next(5) : -1;
            db.SourceFieldCopies.Add(Copy(r.CrmLink, r.DisplayName, r.PhoneE164, r.Email, r.BusinessNumber, address, r.CountryCode));
            db.SourceFieldCopies.Add(Copy(
                r.ErpLink,
                planted == 0 ? r.DisplayName + " Trading" : r.DisplayName.Replace(" Ltd", " Limited", StringComparison.Ordinal),
                planted == 2 ? "+64 9 555 0199" : r.PhoneE164,
                planted == 3 ? "accounts@changed.example" : r.Email?.ToUpperInvariant(),
                planted == 4 ? "51824753556" : r.BusinessNumber,
                planted == 1 && address is not null ? address with { Line1 = "99 " + address.Line1 } : address is null ? null : address with { Line1 = address.Line1?.Replace(" Street", " St", StringComparison.Ordinal) },
                r.CountryCode));
            if (++batch % 5000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return rows.Count;
    }

    private static SourceFieldCopy Copy(Guid link, string? name, string? phone, string? email, string? number, AddressInput? address, string country) => new()
    {
        SourceLinkId = link,
        CountryCode = country,
        Name = name,
        NameKey = SharedFieldKeys.Name(name),
        Phone = phone,
        PhoneKey = SharedFieldKeys.Phone(phone, country),
        Email = email,
        EmailKey = SharedFieldKeys.Email(email),
        BusinessNumber = number,
        BusinessNumberKey = SharedFieldKeys.BusinessNumber(number),
        Address = SharedFieldKeys.AddressText(address),
        AddressKey = SharedFieldKeys.Address(address),
        CapturedAt = DateTimeOffset.UtcNow,
    };

    private static async Task<(T Result, double Milliseconds)> TimeAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        return (result, watch.Elapsed.TotalMilliseconds);
    }

    private sealed class Factory(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
