using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Data;

public sealed class HubModelTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task RefusesAStaleUpdate_OfAGoldenRecord()
    {
        var customer = HubRecords.Customer("Kiwi Plumbing Ltd");
        await _database.SeedAsync(db => db.Customers.Add(customer));
        await using var first = _database.Contexts.CreateDbContext();
        await using var second = _database.Contexts.CreateDbContext();
        var mine = await first.Customers.SingleAsync(c => c.Id == customer.Id);
        var theirs = await second.Customers.SingleAsync(c => c.Id == customer.Id);
        theirs.Email = "accounts@kiwiplumbing.co.nz";
        await second.SaveChangesAsync();

        mine.Email = "office@kiwiplumbing.co.nz";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        await using var check = _database.Contexts.CreateDbContext();
        var stored = await check.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal("accounts@kiwiplumbing.co.nz", stored.Email);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task KeepsTheAuditTrailAppendOnly()
    {
        await _database.SeedAsync(db => db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = HubRecords.Now, UserId = "u1", UserName = "Mei Chen", Action = "Viewed", EntityType = "Customer", EntityId = "c1",
        }));
        await using var db = _database.Contexts.CreateDbContext();
        var stored = await db.AuditEvents.SingleAsync();

        db.AuditEvents.Remove(stored);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = _database.Contexts.CreateDbContext();
        Assert.Equal(1, await check.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task StoresMoneyExactly_AndSumsItInTheDatabase()
    {
        var a = HubRecords.Customer("A");
        var b = HubRecords.Customer("B");
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(a, b);
            db.CreditProfiles.AddRange(HubRecords.Credit(a, "NZD", 20_000m, 1234.5678m), HubRecords.Credit(b, "NZD", 5_000m, 0.0001m));
        });
        await using var db = _database.Contexts.CreateDbContext();

        var total = await db.CreditProfiles.SumAsync(p => p.Balance);
        var overLimit = await db.CreditProfiles.Where(p => p.Balance > 1000m).Select(p => p.CustomerId).ToListAsync();

        Assert.Equal(1234.5679m, total);
        Assert.Equal([a.Id], overLimit);
    }
}
