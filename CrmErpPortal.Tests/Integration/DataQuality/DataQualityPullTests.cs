using System.Text;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.DataQuality;

/// <summary>The rules as data enters: emulators → real connectors → mirror writers → findings in a real SQLite hub.</summary>
public sealed class DataQualityPullTests : IAsyncLifetime
{
    private const string BadAbn = "51 824 753 557";
    private const string ShortPhone = "09 379";
    private const string Tfn = "123456782";

    private readonly SandboxHost _sandbox = new();
    private readonly Guid _account = Guid.NewGuid();
    private PortalAppFactory _portal = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        var row = SandboxRows.Account(_account, "Kauri Joinery Ltd", "C20001", BadAbn);
        row["telephone1"] = ShortPhone;
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", _account, row);
        await _sandbox.Systems.Erp.Store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        _portal = new PortalAppFactory()
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Erp:BaseUrl", new Uri(_sandbox.ErpBase, "v2.0/sandbox/production/").ToString());
        _ = _portal.Server;
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task InvalidAbnAndPhone_AreFlagged_AndNothingIsFixedOrInvented()
    {
        await RunCrmAsync();

        await using var db = Db();
        var customer = await CustomerOfAccountAsync(db);
        Assert.Null(customer.BusinessNumber);
        Assert.Null(customer.PhoneE164);
        Assert.Equal(("12 Smith Street", "Auckland", "1010"), (customer.BillingAddress!.Line1, customer.BillingAddress.City, customer.BillingAddress.Postcode));
        var findings = await db.DataQualityFindings.Where(f => f.CustomerId == customer.Id && f.ResolvedAt == null).ToListAsync();
        var abn = Assert.Single(findings, f => f.Field == "BusinessNumber");
        Assert.Equal((FindingRules.AbnInvalid, FindingSeverity.Error, "ABN check digits do not match — check for a typo"), (abn.Rule, abn.Severity, abn.Message));
        var phone = Assert.Single(findings, f => f.Field == "Phone");
        Assert.Equal(FindingRules.PhoneInvalid, phone.Rule);
        Assert.All(findings, f => Assert.DoesNotContain("379", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangedRecordPulledAgain_KeepsOneFindingPerFieldAndRule()
    {
        await RunCrmAsync();
        await UpdateAccountAsync(body => body["name"] = "Kauri Joinery & Stairs Ltd");

        await RunCrmAsync();

        await using var db = Db();
        Assert.Equal("Kauri Joinery & Stairs Ltd", (await CustomerOfAccountAsync(db)).DisplayName);
        var rows = await db.DataQualityFindings.Where(f => f.Field == "BusinessNumber" || f.Field == "Phone").ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, f => Assert.True(f.LastSeenAt >= f.FirstSeenAt && f.ResolvedAt is null));
    }

    [Fact]
    public async Task FixingTheSource_ResolvesItsFindings()
    {
        await RunCrmAsync();
        await UpdateAccountAsync(body =>
        {
            body["new_businessnumber"] = "51 824 753 556";
            body["telephone1"] = "09 379 1234";
        });

        await RunCrmAsync();

        await using var db = Db();
        var customer = await CustomerOfAccountAsync(db);
        Assert.Equal("+6493791234", customer.PhoneE164);
        var rows = await db.DataQualityFindings.Where(f => f.Field == "BusinessNumber" || f.Field == "Phone").ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, f => Assert.NotNull(f.ResolvedAt));
    }

    [Fact]
    public async Task TaxFileNumber_IsDiscardedWithAFinding_AndNeverReachesTheDatabaseFile()
    {
        await UpdateAccountAsync(body => body["new_businessnumber"] = "TFN 123 456 782");
        var contact = Guid.NewGuid();
        var contactRow = SandboxRows.Contact(contact, _account, "Mere", "Parata");
        contactRow["jobtitle"] = "Bookkeeper (tax file no. 123-456-782)";
        await _sandbox.Systems.Crm.Store.InsertAsync("contacts", contact, contactRow);
        var erpCustomer = Guid.NewGuid();
        var erpRow = SandboxRows.Customer(erpCustomer, "C30001", "Wattle Supplies Pty Ltd", 1000m, "AUD", taxNumber: Tfn);
        erpRow["country"] = "AU";
        await _sandbox.Systems.Erp.Store.InsertAsync("customers", erpCustomer, erpRow);

        await RunCrmAsync();
        await RunErpAsync();

        await using (var db = Db())
        {
            var discarded = await db.DataQualityFindings.Where(f => f.Rule == FindingRules.TfnDiscarded).ToListAsync();
            Assert.Equal(["BusinessNumber", "BusinessNumber", "ContactJobTitle"], discarded.Select(f => f.Field).Order());
            Assert.All(discarded, f => Assert.Equal(FieldRules.TfnDiscardedMessage, f.Message));
            Assert.Null((await CustomerOfAccountAsync(db)).BusinessNumber);
            Assert.Null((await db.Contacts.SingleAsync()).JobTitle);
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _portal.DatabasePath, _portal.DatabasePath + "-wal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var form in new[] { Tfn, "123 456 782", "123-456-782" })
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(form)), $"{Path.GetFileName(file)} holds the tax file number");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(form)), $"{Path.GetFileName(file)} holds the tax file number (UTF-16)");
            }
        }
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private Task UpdateAccountAsync(Action<System.Text.Json.Nodes.JsonObject> change) =>
        _sandbox.Systems.Crm.Store.UpdateAsync("accounts", _account, body => { change(body); return body; }, expectedVersion: null);

    private PortalDbContext Db() => _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    private async Task<Customer> CustomerOfAccountAsync(PortalDbContext db)
    {
        var link = await db.SourceLinks.SingleAsync(l => l.System == SourceSystem.Crm && l.ExternalId == _account.ToString());
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
