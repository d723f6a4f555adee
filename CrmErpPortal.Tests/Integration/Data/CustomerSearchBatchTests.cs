using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Search;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Data;

/// <summary>
/// A sync page saved with the per-row search triggers deferred leaves the search index exactly as a full rebuild
/// would, and the real triggers are back for every later write, also when the page fails.
/// </summary>
public sealed class CustomerSearchBatchTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
    private readonly Customer _harbour = HubRecords.Customer("Harbour Electrical Ltd");
    private readonly Customer _doomed = HubRecords.Customer("Doomed Traders Ltd");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, _harbour, _doomed);
            db.SourceLinks.Add(HubRecords.Link(_kiwi, SourceSystem.Crm));
            db.Contacts.Add(new Contact { CustomerId = _kiwi.Id, CrmContactId = "c-1", FirstName = "Aroha", LastName = "Ngata", Email = "aroha@kiwi.co.nz" });
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task IndexMatchesARebuild_AfterInsertsUpdatesMovesMergesAndDeletes()
    {
        await using (var db = _database.Contexts.CreateDbContext())
        {
            var added = HubRecords.Customer("Southern Cross Supplies Pty Ltd");
            added.CustomerNumber = "C10002";
            db.Customers.Add(added);
            var link = HubRecords.Link(added, SourceSystem.Erp);
            link.ExternalNumber = "C10002";
            db.SourceLinks.Add(link);
            db.Contacts.Add(new Contact { CustomerId = added.Id, CrmContactId = "c-2", FirstName = "Tama", LastName = "Wiremu", PhoneE164 = "+6421555123" });
            var kiwi = await db.Customers.SingleAsync(c => c.Id == _kiwi.Id);
            kiwi.DisplayName = "Kiwi Plumbing & Gas Ltd";
            kiwi.NormalizedName = "kiwi plumbing gas";
            (await db.Contacts.SingleAsync(c => c.CrmContactId == "c-1")).CustomerId = _harbour.Id;
            (await db.Customers.SingleAsync(c => c.Id == _harbour.Id)).Status = CustomerStatus.Merged;
            db.Customers.Remove(await db.Customers.SingleAsync(c => c.Id == _doomed.Id));

            await CustomerSearchBatch.SaveChangesAsync(db, CancellationToken.None, minimumChanges: 1);
        }

        var afterBatch = await IndexAsync();
        await ExecuteAsync(SqliteCustomerSearchIndex.Rebuild);
        Assert.Equal(await IndexAsync(), afterBatch);
        Assert.Contains(afterBatch, row => row.StartsWith("w:southern", StringComparison.Ordinal));
        Assert.DoesNotContain(afterBatch, row => row.StartsWith("w:doomed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TriggersKeepTheIndex_AfterABatch()
    {
        await using (var db = _database.Contexts.CreateDbContext())
        {
            db.Customers.Add(HubRecords.Customer("Batch Written Ltd"));
            await CustomerSearchBatch.SaveChangesAsync(db, CancellationToken.None, minimumChanges: 1);
        }

        await _database.SeedAsync(db => db.Customers.Add(HubRecords.Customer("Plainly Saved Ltd")));

        Assert.Contains(await IndexAsync(), row => row.StartsWith("w:plainly", StringComparison.Ordinal));
        Assert.Equal(9, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'CustomerSearch%'"));
    }

    [Fact]
    public async Task TriggersAreRestored_WhenTheBatchFails()
    {
        await using (var db = _database.Contexts.CreateDbContext())
        {
            var orphan = new Contact { CustomerId = Guid.NewGuid(), CrmContactId = "c-orphan", LastName = "Nobody" };
            db.Customers.Add(HubRecords.Customer("Never Saved Ltd"));
            db.Contacts.Add(orphan);

            await Assert.ThrowsAsync<DbUpdateException>(() => CustomerSearchBatch.SaveChangesAsync(db, CancellationToken.None, minimumChanges: 1));
        }

        Assert.Equal(9, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'CustomerSearch%'"));
        await _database.SeedAsync(db => db.Customers.Add(HubRecords.Customer("Plainly Saved Ltd")));
        Assert.Contains(await IndexAsync(), row => row.StartsWith("w:plainly", StringComparison.Ordinal));
        Assert.DoesNotContain(await IndexAsync(), row => row.StartsWith("w:never", StringComparison.Ordinal));
    }

    /// <summary>Every (term, row, column, offset) of both FTS tables, plus the keys: contentless tables keep nothing else to compare.</summary>
    private async Task<List<string>> IndexAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.WordsInstances USING fts5vocab(main, CustomerSearchWords, 'instance');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.GramsInstances USING fts5vocab(main, CustomerSearchGrams, 'instance');
            SELECT 'w:' || term || '|' || doc || '|' || coalesce(col, '') || '|' || coalesce(offset, '') FROM temp.WordsInstances
            UNION ALL SELECT 'g:' || term || '|' || doc FROM temp.GramsInstances
            UNION ALL SELECT 'k:' || CustomerId || '|' || SearchKey FROM CustomerSearchKeys
            ORDER BY 1;
            """;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = _database.Contexts.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
