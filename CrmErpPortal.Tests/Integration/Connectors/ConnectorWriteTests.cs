using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmErpPortal.Integration;
using CrmErpPortal.Integration.Http;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Connectors;

/// <summary>The connectors' writes against the emulators: etag conflicts are reported, never overwritten; conversions are idempotent.</summary>
public sealed class ConnectorWriteTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private ConnectorHarness _connectors = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await _sandbox.Systems.Erp.Store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        _connectors = new ConnectorHarness(_sandbox);
    }

    public async Task DisposeAsync()
    {
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task UpdatesACrmAccount_WithItsEtag()
    {
        var id = Guid.NewGuid();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", id, SandboxRows.Account(id, "Kiwi Plumbing Ltd"));
        var account = await _connectors.Crm.GetAccountAsync(id, CancellationToken.None);

        var result = await _connectors.Crm.UpdateAccountAsync(id, new Dictionary<string, object?> { ["telephone1"] = "09 555 0199" }, account!.Etag, CancellationToken.None);

        Assert.Equal(WriteOutcome.Applied, result.Outcome);
        Assert.NotEqual(account.Etag, result.Etag);
        Assert.Equal("09 555 0199", (await _connectors.Crm.GetAccountAsync(id, CancellationToken.None))!.Phone);
    }

    [Fact]
    public async Task ReportsAStaleCrmEtagAsAConflict_AndLeavesTheRowAlone()
    {
        var id = Guid.NewGuid();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", id, SandboxRows.Account(id, "Kiwi Plumbing Ltd"));
        var stale = (await _connectors.Crm.GetAccountAsync(id, CancellationToken.None))!.Etag;
        await _sandbox.Systems.Crm.Store.UpdateAsync("accounts", id, body => { body["name"] = "Kiwi Plumbing & Gas Ltd"; return body; }, expectedVersion: null);

        var result = await _connectors.Crm.UpdateAccountAsync(id, new Dictionary<string, object?> { ["name"] = "Kiwi Plumbing Limited" }, stale, CancellationToken.None);

        Assert.Equal(WriteOutcome.Conflict, result.Outcome);
        Assert.Equal("Kiwi Plumbing & Gas Ltd", (await _connectors.Crm.GetAccountAsync(id, CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task RefusesACrmWriteThatBreaksAnAlternateKey_InsteadOfCallingItAConflict()
    {
        var id = Guid.NewGuid();
        var twin = Guid.NewGuid();
        // Straight into the store: the emulator's API would refuse the second account, as Dataverse would.
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", id, SandboxRows.Account(id, "Novak & Sons Plastics Ltd", accountNumber: "C10028"));
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", twin, SandboxRows.Account(twin, "Novak & Sons Plastics Limited", accountNumber: "C10028"));
        var etag = (await _connectors.Crm.GetAccountAsync(id, CancellationToken.None))!.Etag;

        var refused = await Assert.ThrowsAsync<SourceRequestException>(() =>
            _connectors.Crm.UpdateAccountAsync(id, new Dictionary<string, object?> { ["emailaddress1"] = "sales@novak.co.nz" }, etag, CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.PreconditionFailed, refused.Error.Status);
        Assert.Equal("0x80060892", refused.Error.Code);
    }

    [Fact]
    public async Task NeverCreatesAnAccount_WhenUpdatingOneThatIsGone()
    {
        var missing = Guid.NewGuid();

        var result = await _connectors.Crm.UpdateAccountAsync(missing, new Dictionary<string, object?> { ["name"] = "Ghost Ltd" }, "W/\"1\"", CancellationToken.None);

        Assert.NotEqual(WriteOutcome.Applied, result.Outcome);
        Assert.Null(await _connectors.Crm.GetAccountAsync(missing, CancellationToken.None));
    }

    [Fact]
    public async Task ReportsAStaleErpEtag_BusinessCentrals409_AsAConflict()
    {
        var id = Guid.NewGuid();
        await _sandbox.Systems.Erp.Store.InsertAsync("customers", id, SandboxRows.Customer(id, "C40001", "Tui Bakery Ltd", 10000m));
        var stale = (await _connectors.Erp.GetCreditPositionAsync(id, CancellationToken.None))!.Customer.Etag;
        var fresh = await _connectors.Erp.UpdateCustomerAsync(id, new Dictionary<string, object?> { ["creditLimit"] = 15000m }, stale, CancellationToken.None);

        var conflict = await _connectors.Erp.UpdateCustomerAsync(id, new Dictionary<string, object?> { ["creditLimit"] = 99000m }, stale, CancellationToken.None);

        Assert.Equal(WriteOutcome.Applied, fresh.Outcome);
        Assert.Equal(WriteOutcome.Conflict, conflict.Outcome);
        Assert.Equal(15000m, (await _connectors.Erp.GetCreditPositionAsync(id, CancellationToken.None))!.Customer.CreditLimit);
    }

    [Fact]
    public async Task MakesOneOrderFromAQuote_EvenWhenAskedTwice()
    {
        var customer = Guid.NewGuid();
        var quote = Guid.NewGuid();
        var crmQuoteId = Guid.NewGuid().ToString("N");
        await _sandbox.Systems.Erp.Store.InsertAsync("customers", customer, SandboxRows.Customer(customer, "C40002", "Weka Joinery Ltd", 50000m));
        await CreateErpQuoteAsync(quote, customer, crmQuoteId);

        var first = await _connectors.Erp.MakeOrderFromQuoteAsync(quote, crmQuoteId, CancellationToken.None);
        var second = await _connectors.Erp.MakeOrderFromQuoteAsync(quote, crmQuoteId, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        var orders = await _sandbox.Systems.Erp.Store.FindByPropertyAsync("salesOrders", "externalDocumentNumber", crmQuoteId);
        Assert.Single(orders);
        Assert.Null(await _sandbox.Systems.Erp.Store.FindAsync("salesQuotes", quote));
    }

    [Fact]
    public async Task ConvertsACrmQuote_ToASalesOrderLinkedBack()
    {
        var account = Guid.NewGuid();
        var quote = Guid.NewGuid();
        var crm = _sandbox.Systems.Crm.Store;
        await crm.InsertAsync("accounts", account, SandboxRows.Account(account, "Weka Joinery Ltd"));
        await crm.InsertAsync("quotes", quote, new JsonObject
        {
            ["quoteid"] = quote.ToString(),
            ["quotenumber"] = "QUO-01001",
            ["name"] = "Joinery fit-out",
            ["_customerid_value"] = account.ToString(),
            ["_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"] = "account",
            ["totalamount"] = 1200m,
            ["statecode"] = 1,
            ["statuscode"] = 2,
        });

        var orderId = await _connectors.Crm.ConvertQuoteToSalesOrderAsync(quote, CancellationToken.None);

        var order = await crm.FindAsync("salesorders", orderId);
        Assert.NotNull(order);
        Assert.Equal(quote.ToString(), order.Body["_quoteid_value"]!.GetValue<string>());
    }

    private async Task CreateErpQuoteAsync(Guid quote, Guid customer, string externalDocumentNumber)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_sandbox.ErpBase, $"v2.0/sandbox/production/api/v2.0/companies({SandboxRows.CompanyId})/") };
        var validUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd");
        using var response = await http.PostAsJsonAsync("salesQuotes", new { id = quote, customerId = customer, externalDocumentNumber, validUntilDate = validUntil });
        response.EnsureSuccessStatusCode();
    }
}
