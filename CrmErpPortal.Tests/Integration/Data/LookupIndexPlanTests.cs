using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Data;

/// <summary>
/// Optional lookup keys stay index seeks after the database has statistics: with plain indexes, ANALYZE over columns
/// that are mostly NULL told SQLite that "MobileE164 = ?" matches every row, and it scanned 200,000 contacts instead.
/// </summary>
public sealed class LookupIndexPlanTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var customer = HubRecords.Customer("Kiwi Plumbing Ltd");
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(customer);
            db.Customers.AddRange(Enumerable.Range(0, 300).Select(i => HubRecords.Customer($"Customer {i}")));
            db.Contacts.AddRange(Enumerable.Range(0, 300).Select(i => new Contact { CustomerId = customer.Id, CrmContactId = $"c-{i}", LastName = $"Contact {i}" }));
        });
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ContactPhoneMobileAndEmailLookups_UseTheirIndexes()
    {
        await using var db = _database.Contexts.CreateDbContext();
        var phone = "+6421555123";

        Assert.Contains("USING INDEX IX_Contacts_MobileE164", await PlanAsync(db.Contacts.Where(t => t.MobileE164 == phone).Select(t => t.CustomerId)));
        Assert.Contains("USING INDEX IX_Contacts_PhoneE164", await PlanAsync(db.Contacts.Where(t => t.PhoneE164 == phone).Select(t => t.CustomerId)));
        Assert.Contains("USING INDEX IX_Contacts_Email", await PlanAsync(db.Contacts.Where(t => t.Email == "a@b.co.nz").Select(t => t.CustomerId)));
    }

    [Fact]
    public async Task CustomerPhoneAndNumberLookups_UseTheirIndexes()
    {
        await using var db = _database.Contexts.CreateDbContext();
        var live = db.Customers.Where(c => c.Status != CustomerStatus.Merged);

        Assert.Contains("USING INDEX IX_Customers_PhoneE164", await PlanAsync(live.Where(c => c.PhoneE164 == "+6493001234").Select(c => c.Id)));
        Assert.Contains("USING INDEX IX_Customers_CustomerNumber", await PlanAsync(live.Where(c => c.CustomerNumber == "C1" || c.CustomerNumber == "1").Select(c => c.Id)));
    }

    private async Task<string> PlanAsync<T>(IQueryable<T> query)
    {
        // ToQueryString inlines the parameters as literals; the plan is the same for a bound value.
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', query.ToQueryString().Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }
}
