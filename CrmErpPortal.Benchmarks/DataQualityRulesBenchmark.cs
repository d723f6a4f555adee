using System.Diagnostics;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// What the data-quality rules add to a mirror page of 1,000 CRM accounts: the checks themselves (TFN refusal on every
/// row, the rules on changed rows), then recording the page's findings in a SQLite hub (first pull inserts, a repeat
/// pull only touches LastSeenAt). Usage: dotnet run -c Release --project CrmErpPortal.Benchmarks -- dq [pages=20]
/// </summary>
public static class DataQualityRulesBenchmark
{
    private const int PageSize = 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var pages = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var page = Accounts(new Random(42));
        // Warm until tiered JIT has settled, so the figures are steady-state (a full load runs for minutes).
        for (var i = 0; i < 30; i++)
        {
            Check(page);
        }

        var watch = Stopwatch.StartNew();
        var findings = 0;
        for (var i = 0; i < pages; i++)
        {
            findings = Check(page).Sum(r => r.Findings.Count);
        }

        Console.WriteLine($"rules: {watch.Elapsed.TotalMilliseconds / pages:0.0} ms per {PageSize:N0} accounts ({findings} findings per page)");
        Time("  of which TFN refusal (every row)", pages, () => page.ForEach(a => SourceRecordChecks.Account(a, "NZ")));
        Time("  of which phone", pages, () => page.ForEach(a => FieldRules.Phone("Phone", a.Phone, "NZ")));
        Time("  of which email", pages, () => page.ForEach(a => FieldRules.Email("Email", a.Email)));
        Time("  of which business number", pages, () => page.ForEach(a => FieldRules.BusinessNumber("BusinessNumber", a.BusinessNumber, "NZ")));
        Time("  of which address", pages, () => page.ForEach(a => AddressRules.Check("BillingAddress",
            new CrmErpPortal.DataQuality.Addresses.AddressInput(a.Address.Line1, a.Address.Line2, a.Address.City, a.Address.Region, a.Address.Postcode, a.Address.Country)).ToList()));

        var file = Path.Combine(Path.GetTempPath(), $"dq-bench-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={file}").Options;
        await using (var db = new SqlitePortalDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var warmup = await SeedCustomersAsync(options, Check(Accounts(new Random(7))));
        await using (var db = new SqlitePortalDbContext(options))
        {
            await FindingUpserts.ApplyAsync(db, SourceSystem.Crm, warmup, DateTimeOffset.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var screened = await SeedCustomersAsync(options, Check(page));
        foreach (var pass in new[] { "first pull (inserts)", "repeat pull (no change)" })
        {
            watch.Restart();
            await using var db = new SqlitePortalDbContext(options);
            await FindingUpserts.ApplyAsync(db, SourceSystem.Crm, screened, DateTimeOffset.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
            Console.WriteLine($"findings upsert, {pass}: {watch.Elapsed.TotalMilliseconds:0.0} ms per page");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        return 0;
    }

    private static void Time(string label, int pages, Action run)
    {
        for (var i = 0; i < 30; i++)
        {
            run();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < pages; i++)
        {
            run();
        }

        Console.WriteLine($"{label}: {watch.Elapsed.TotalMilliseconds / pages:0.0} ms per {PageSize:N0}");
    }

    private static List<(CrmAccount Account, IReadOnlyList<CrmErpPortal.DataQuality.Findings.FieldFinding> Findings)> Check(List<CrmAccount> page) =>
        page.Select(a =>
        {
            var (clean, refused) = SourceRecordChecks.Account(a, "NZ");
            return (clean, (IReadOnlyList<CrmErpPortal.DataQuality.Findings.FieldFinding>)[.. refused, .. SourceRecordChecks.Findings(clean, "NZ")]);
        }).ToList();

    private static async Task<List<ScreenedRecord>> SeedCustomersAsync(
        DbContextOptions<SqlitePortalDbContext> options, List<(CrmAccount Account, IReadOnlyList<CrmErpPortal.DataQuality.Findings.FieldFinding> Findings)> checkedPage)
    {
        await using var db = new SqlitePortalDbContext(options);
        var screened = new List<ScreenedRecord>();
        foreach (var (account, findings) in checkedPage)
        {
            var customer = GoldenRecord.NewCustomer(account.Name, "NZ", DateTimeOffset.UtcNow);
            db.Customers.Add(customer);
            screened.Add(new ScreenedRecord(account.Id.ToString(), customer.Id, null, "NZ", findings));
        }

        await db.SaveChangesAsync();
        return screened;
    }

    /// <summary>Roughly one in five values is wrong in some way, as in a CRM that has never been cleaned.</summary>
    private static List<CrmAccount> Accounts(Random random)
    {
        string[] numbers = ["51 824 753 556", "51 824 753 557", "9429039501974", "9429039501976", "", "TFN 123 456 782"];
        string[] phones = ["09 379 1234", "+64 21 555 0123", "09 379", "021 123 4567", "(04) 499 9999", "not known"];
        string[] lines = ["12 Smith Street", "3/12 Smith St", "PO Box 123", "Unit 4, 56 Queen St", "RD 2", "12 Smith Street PO Box 5"];
        return Enumerable.Range(0, PageSize).Select(i => new CrmAccount(
            Guid.NewGuid(), $"Account {i} Ltd", $"C{i:00000}", numbers[random.Next(numbers.Length)], phones[random.Next(phones.Length)],
            i % 7 == 0 ? "accounts at example" : $"ap{i}@example.co.nz", null,
            new SourceAddress(lines[random.Next(lines.Length)], null, "Auckland", null, i % 9 == 0 ? "99999" : "1010", "New Zealand"),
            true, "W/\"1\"", DateTimeOffset.UtcNow)).ToList();
    }
}
