using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Sync;

/// <summary>The pull jobs end to end: emulators → real connectors → mirror writers → a real SQLite hub.</summary>
public sealed class PullSyncTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private readonly Guid _kiwi = Guid.NewGuid();
    private readonly Guid _harbour = Guid.NewGuid();
    private readonly Guid _kiwiContact = Guid.NewGuid();
    private readonly Guid _erpKiwi = Guid.NewGuid();
    private readonly Guid _erpOnly = Guid.NewGuid();
    private readonly Guid _invoice = Guid.NewGuid();
    private PortalAppFactory _portal = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        var crm = _sandbox.Systems.Crm.Store;
        await crm.InsertAsync("accounts", _kiwi, SandboxRows.Account(_kiwi, "Kiwi Plumbing Ltd", "C10001", "9429039501974"));
        await crm.InsertAsync("accounts", _harbour, SandboxRows.Account(_harbour, "Harbour Electrical Ltd"));
        await crm.InsertAsync("contacts", _kiwiContact, SandboxRows.Contact(_kiwiContact, _kiwi, "Aroha", "Ngata"));
        var erp = _sandbox.Systems.Erp.Store;
        await erp.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        await erp.InsertAsync("customers", _erpKiwi, SandboxRows.Customer(_erpKiwi, "C10001", "Kiwi Plumbing Limited", 20000m));
        await erp.InsertAsync("customers", _erpOnly, SandboxRows.Customer(_erpOnly, "C10002", "Southern Cross Supplies Pty Ltd", 5000m, "AUD", blocked: "All"));
        var invoice = _invoice;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await erp.InsertAsync("salesInvoices", invoice, SandboxRows.Invoice(invoice, "PSI-1001", _erpKiwi, "C10001", 2300m, 2300m, today.AddDays(-40), today.AddDays(-10)));

        _portal = new PortalAppFactory()
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Crm:PageSize", "2")
            .With("Integration:Erp:BaseUrl", new Uri(_sandbox.ErpBase, "v2.0/sandbox/production/").ToString());
        _ = _portal.Server;
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task FullLoad_LinksTheCrmAccountAndErpCustomerByTheErpNumber()
    {
        await RunCrmAsync();
        await RunErpAsync();

        await using var db = Db();
        var kiwi = await CustomerOfAsync(db, SourceSystem.Crm, _kiwi);
        var links = await db.SourceLinks.Where(l => l.CustomerId == kiwi.Id).Select(l => l.System).ToListAsync();
        Assert.Equal([SourceSystem.Crm, SourceSystem.Erp], links.Order());
        Assert.Equal("Kiwi Plumbing Ltd", kiwi.DisplayName);
        Assert.Equal("C10001", kiwi.CustomerNumber);
        Assert.Equal("+6493791234", kiwi.PhoneE164);
        var credit = await db.CreditProfiles.SingleAsync(p => p.CustomerId == kiwi.Id);
        Assert.Equal(20000m, credit.CreditLimit);
        Assert.Equal(2300m, credit.Balance);
        Assert.Equal(2300m, credit.OverdueAmount);
        Assert.Equal("Ngata", (await db.Contacts.SingleAsync(c => c.CustomerId == kiwi.Id)).LastName);
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.CustomerId == kiwi.Id));
        Assert.Equal(3, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task FullLoad_LinksTheSameWay_WhenTheErpIsPulledFirst()
    {
        await RunErpAsync();
        await RunCrmAsync();

        await using var db = Db();
        var kiwi = await CustomerOfAsync(db, SourceSystem.Crm, _kiwi);
        Assert.Equal(kiwi.Id, (await db.SourceLinks.SingleAsync(l => l.ExternalId == _erpKiwi.ToString())).CustomerId);
        Assert.Equal(kiwi.Id, (await db.CreditProfiles.SingleAsync(p => p.ErpCustomerId == _erpKiwi.ToString())).CustomerId);
        Assert.Equal(kiwi.Id, (await db.Invoices.SingleAsync()).CustomerId);
        Assert.Equal("C10001", kiwi.CustomerNumber);
        Assert.Equal(3, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task FullLoad_KeepsAnErpOnlyCustomerWithItsCurrencyAndBlock()
    {
        await RunCrmAsync();
        await RunErpAsync();

        await using var db = Db();
        var southern = await CustomerOfAsync(db, SourceSystem.Erp, _erpOnly);
        var credit = await db.CreditProfiles.SingleAsync(p => p.CustomerId == southern.Id);
        Assert.Equal("AUD", credit.CurrencyCode);
        Assert.Equal(CreditBlocked.All, credit.Blocked);
        Assert.Equal("Southern Cross Supplies Pty Ltd", southern.DisplayName);
    }

    [Fact]
    public async Task NextCycle_SeesAChangedNameAndADeletedAccount()
    {
        await RunCrmAsync();
        var crm = _sandbox.Systems.Crm.Store;
        await crm.UpdateAsync("accounts", _kiwi, body => { body["name"] = "Kiwi Plumbing & Gas Ltd"; return body; }, expectedVersion: null);
        await crm.DeleteAsync("accounts", _harbour);

        await RunCrmAsync();

        await using var db = Db();
        Assert.Equal("Kiwi Plumbing & Gas Ltd", (await CustomerOfAsync(db, SourceSystem.Crm, _kiwi)).DisplayName);
        Assert.True((await db.SourceLinks.SingleAsync(l => l.ExternalId == _harbour.ToString())).IsDeletedAtSource);
        var lastRun = await db.SyncRuns.Where(r => r.Entity == "accounts").OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(SyncRunStatus.Succeeded, lastRun.Status);
        Assert.Equal(1, lastRun.Deleted);
    }

    [Fact]
    public async Task NextCycle_RecordsWhenAnInvoiceWasPaid_AndKeepsThatTime()
    {
        await RunErpAsync();
        var before = DateTimeOffset.UtcNow;
        await _sandbox.Systems.Erp.Store.UpdateAsync("salesInvoices", _invoice, body =>
        {
            body["status"] = "Paid";
            body["remainingAmount"] = 0m;
            return body;
        }, expectedVersion: null);

        await RunErpAsync();
        DateTimeOffset? paidAt;
        await using (var db = Db())
        {
            var invoice = await db.Invoices.SingleAsync(i => i.ErpInvoiceId == _invoice.ToString());
            Assert.Equal(InvoiceStatus.Paid, invoice.Status);
            paidAt = invoice.PaidAt;
            Assert.NotNull(paidAt);
            Assert.InRange(paidAt.Value, before.AddSeconds(-1), DateTimeOffset.UtcNow);
        }

        await _sandbox.Systems.Erp.Store.UpdateAsync("salesInvoices", _invoice, body => { body["comment"] = "filed"; return body; }, expectedVersion: null);
        await RunErpAsync();
        await using (var db = Db())
        {
            Assert.Equal(paidAt, (await db.Invoices.SingleAsync(i => i.ErpInvoiceId == _invoice.ToString())).PaidAt);
        }
    }

    [Fact]
    public async Task AnAccountMergedIntoAnother_NoLongerOverwritesTheSurvivorsFields_ButStillBringsItsContacts()
    {
        await RunCrmAsync();
        await using (var db = Db())
        {
            var survivor = await CustomerOfAsync(db, SourceSystem.Crm, _kiwi);
            var merged = await CustomerOfAsync(db, SourceSystem.Crm, _harbour);
            var link = await db.SourceLinks.SingleAsync(l => l.ExternalId == _harbour.ToString());
            link.CustomerId = survivor.Id;
            link.MergedFromCustomerId = merged.Id;
            merged.Status = CustomerStatus.Merged;
            await db.SaveChangesAsync();
        }

        var crm = _sandbox.Systems.Crm.Store;
        await crm.UpdateAsync("accounts", _harbour, body => { body["name"] = "Harbour Electrical (old account)"; return body; }, expectedVersion: null);
        var contact = Guid.NewGuid();
        await crm.InsertAsync("contacts", contact, SandboxRows.Contact(contact, _harbour, "Tama", "Walker"));

        await RunCrmAsync();

        await using var check = Db();
        var movedLink = await check.SourceLinks.SingleAsync(l => l.ExternalId == _harbour.ToString());
        var kiwi = await CustomerOfAsync(check, SourceSystem.Crm, _kiwi);
        Assert.Equal((kiwi.Id, true), (movedLink.CustomerId, movedLink.MergedFromCustomerId is not null));
        Assert.Equal("Kiwi Plumbing Ltd", kiwi.DisplayName);
        Assert.Equal(kiwi.Id, (await check.Contacts.SingleAsync(c => c.CrmContactId == contact.ToString())).CustomerId);
    }

    [Fact]
    public async Task ExpiredToken_ReBaselinesWithNoLostOrPhantomRecords()
    {
        await RunCrmAsync();
        var crm = _sandbox.Systems.Crm.Store;
        var newcomer = Guid.NewGuid();
        await crm.InsertAsync("accounts", newcomer, SandboxRows.Account(newcomer, "Tui Bakery Ltd"));
        await crm.DeleteAsync("accounts", _harbour);
        _sandbox.Systems.Crm.Faults.Set(new FaultSettings { ExpireDeltaTokens = true }, DateTimeOffset.UtcNow);

        await RunCrmAsync();

        await using var db = Db();
        var crmLinks = await db.SourceLinks.Where(l => l.System == SourceSystem.Crm).ToListAsync();
        Assert.Equal(3, crmLinks.Count);
        Assert.Equal(3, crmLinks.Select(l => l.ExternalId).Distinct().Count());
        Assert.True(crmLinks.Single(l => l.ExternalId == _harbour.ToString()).IsDeletedAtSource);
        Assert.False(crmLinks.Single(l => l.ExternalId == newcomer.ToString()).IsDeletedAtSource);
    }

    [Fact]
    public async Task DailyRefresh_NoticesACustomerDeletedInTheErp()
    {
        await RunErpAsync();
        await _sandbox.Systems.Erp.Store.DeleteAsync("customers", _erpOnly);

        using (var scope = _portal.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ErpPullJob>().RefreshCreditAsync(CancellationToken.None);
        }

        await using var db = Db();
        Assert.True((await db.SourceLinks.SingleAsync(l => l.ExternalId == _erpOnly.ToString())).IsDeletedAtSource);
        Assert.False((await db.SourceLinks.SingleAsync(l => l.ExternalId == _erpKiwi.ToString())).IsDeletedAtSource);
    }

    [Fact]
    public async Task Outage_IsRecordedInPlainWords_AndTheNextRunCatchesUp()
    {
        _sandbox.Systems.Erp.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);

        await RunErpAsync();
        await using (var db = Db())
        {
            var failed = await db.SyncRuns.Where(r => r.System == SourceSystem.Erp).OrderByDescending(r => r.Id).FirstAsync();
            Assert.Equal(SyncRunStatus.Failed, failed.Status);
            Assert.Contains("ERP (Business Central)", failed.ErrorSummary);
            Assert.Contains("Nothing was lost", failed.ErrorSummary);
        }

        _sandbox.Systems.Erp.Faults.Set(new FaultSettings(), DateTimeOffset.UtcNow);
        await RunErpAsync();

        await using var after = Db();
        Assert.Equal(2, await after.SourceLinks.CountAsync(l => l.System == SourceSystem.Erp));
    }

    private PortalDbContext Db() => _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    private static async Task<Customer> CustomerOfAsync(PortalDbContext db, SourceSystem system, Guid externalId)
    {
        var link = await db.SourceLinks.SingleAsync(l => l.System == system && l.ExternalId == externalId.ToString());
        return await db.Customers.SingleAsync(c => c.Id == link.CustomerId);
    }

    private async Task RunCrmAsync()
    {
        using var scope = _portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CrmPullJob>().RunAsync(CancellationToken.None);
    }

    private async Task RunErpAsync()
    {
        using var scope = _portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ErpPullJob>().RunAsync(CancellationToken.None);
    }
}
