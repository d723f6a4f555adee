using System.Diagnostics;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// Server-side assembly of the customer 360 page from the mirror (GetCustomer360Query: header, contacts, credit,
/// open and first page of paid invoices, orders with history, quotes, cases, timeline) on a loaded hub file.
/// Times random customers and, separately, the customers with the most invoices, orders and contacts (the worst case).
/// Usage: dotnet run -c Release --project CrmErpPortal.Benchmarks -- view360 hub.db [samples=1000] (migrates the file first)
/// (the full-load benchmark runs it on the hub it has just loaded).
/// </summary>
public static class View360Benchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var hubFile = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the hub .db file to read.");
        var samples = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        await RunAsync(hubFile, samples);
        return 0;
    }

    public static async Task RunAsync(string hubFile, int samples)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={hubFile}").Options;
        var factory = new Factory(options);
        var zone = new DisplayTimeZone(new ConfigurationBuilder().Build());
        var query = new GetCustomer360Query(factory, TimeProvider.System, zone);

        List<Guid> all, heaviest;
        string heaviestRows;
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync(); // a hub loaded by an older build gets the current schema first
            all = await db.Customers.AsNoTracking().Select(c => c.Id).ToListAsync();
            var ranked = await db.Customers.AsNoTracking()
                .Select(c => new { c.Id, Invoices = db.Invoices.Count(i => i.CustomerId == c.Id), Orders = db.SalesOrders.Count(o => o.CustomerId == c.Id), Contacts = c.Contacts.Count })
                .OrderByDescending(c => c.Invoices + c.Orders + c.Contacts)
                .Take(Math.Max(10, samples / 10)).ToListAsync();
            heaviest = ranked.Select(c => c.Id).ToList();
            heaviestRows = $"heaviest: {ranked[0].Invoices} invoices, {ranked[0].Orders} orders, {ranked[0].Contacts} contacts; "
                + $"lightest of that group: {ranked[^1].Invoices + ranked[^1].Orders + ranked[^1].Contacts} rows";
        }

        var random = new Random(7);
        var picked = Enumerable.Range(0, samples).Select(_ => all[random.Next(all.Count)]).ToList();
        foreach (var id in picked.Take(50))
        {
            await query.ExecuteAsync(new Customer360Input(id), CancellationToken.None); // warm-up: JIT, query cache, page cache
        }

        var randomTimes = await TimeAsync(query, picked);
        var heavyTimes = await TimeAsync(query, heaviest);
        var giant = await AddGiantCustomerAsync(factory);
        var giantTimes = await TimeAsync(query, Enumerable.Repeat(giant, 100).ToList());
        Console.WriteLine($"customer 360 assembly on {all.Count:N0} customers ({Path.GetFileName(hubFile)}):");
        Console.WriteLine("| customers | samples | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Print("random", randomTimes);
        Print("most invoices + orders + contacts", heavyTimes);
        Console.WriteLine(heaviestRows);
        Print("synthetic giant: 5,000 paid + 300 open invoices, 1,000 orders, 200 contacts", giantTimes);
    }

    /// <summary>The loaded data has no customer with long lists, so one is added (the hub file is a benchmark copy).</summary>
    private static async Task<Guid> AddGiantCustomerAsync(IDbContextFactory<PortalDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var customer = new Customer { DisplayName = "Giant Wholesale Ltd", NormalizedName = "giant wholesale", CountryCode = "NZ", CreatedAt = now, UpdatedAt = now };
        db.Customers.Add(customer);
        db.CreditProfiles.Add(new CreditProfile { CustomerId = customer.Id, ErpCustomerId = Guid.NewGuid().ToString(), CurrencyCode = "NZD", CreditLimit = 1_000_000m, Balance = 250_000m, AsOf = now, SyncedAt = now });
        for (var i = 0; i < 5_300; i++)
        {
            var open = i < 300;
            db.Invoices.Add(new Invoice
            {
                CustomerId = customer.Id, ErpInvoiceId = Guid.NewGuid().ToString(), InvoiceNumber = $"GI-{i:00000}", CurrencyCode = "NZD",
                TotalAmount = 1000m, RemainingAmount = open ? 1000m : 0m, InvoiceDate = today.AddDays(-i), DueDate = today.AddDays(30 - i),
                Status = open ? InvoiceStatus.Open : InvoiceStatus.Paid, PaidAt = open ? null : now.AddDays(-i + 20), SyncedAt = now,
            });
        }

        for (var i = 0; i < 1_000; i++)
        {
            var order = new SalesOrder { CustomerId = customer.Id, ErpOrderId = Guid.NewGuid().ToString(), OrderNumber = $"GO-{i:0000}", CurrencyCode = "NZD", TotalAmount = 500m, Status = SalesOrderStatus.Released, OrderDate = today.AddDays(-i), SyncedAt = now };
            order.StatusHistory.Add(new SalesOrderStatusChange { SalesOrderId = order.Id, Status = SalesOrderStatus.Open, ChangedAt = now.AddDays(-i) });
            order.StatusHistory.Add(new SalesOrderStatusChange { SalesOrderId = order.Id, Status = SalesOrderStatus.Released, ChangedAt = now.AddDays(-i + 1) });
            db.SalesOrders.Add(order);
        }

        for (var i = 0; i < 200; i++)
        {
            db.Contacts.Add(new Contact { CustomerId = customer.Id, CrmContactId = Guid.NewGuid().ToString(), FirstName = "Contact", LastName = $"Number {i:000}", IsPrimary = i == 0, SyncedAt = now });
        }

        await db.SaveChangesAsync();
        return customer.Id;
    }

    private static async Task<List<double>> TimeAsync(GetCustomer360Query query, List<Guid> ids)
    {
        var times = new List<double>(ids.Count);
        foreach (var id in ids)
        {
            var watch = Stopwatch.StartNew();
            var view = await query.ExecuteAsync(new Customer360Input(id), CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (view is null)
            {
                throw new InvalidOperationException($"Customer {id} did not assemble.");
            }
        }

        return times;
    }

    private static void Print(string label, List<double> times) =>
        Console.WriteLine($"| {label} | {times.Count} | {P(times, 50):0.0} | {P(times, 95):0.0} | {P(times, 99):0.0} | {times.Max():0.0} |");

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
