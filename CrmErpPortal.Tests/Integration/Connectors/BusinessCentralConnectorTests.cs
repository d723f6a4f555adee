using CrmErpPortal.Integration;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Connectors;

/// <summary>The real Business Central connector against the Business Central emulator over loopback HTTP.</summary>
public sealed class BusinessCentralConnectorTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private ConnectorHarness _connectors = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await _sandbox.Systems.Erp.Store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        _connectors = new ConnectorHarness(_sandbox, erpPageSize: 4);
    }

    public async Task DisposeAsync()
    {
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ReadsEveryCustomerAcrossPages_WithItsFinancialDetail()
    {
        var ids = await SeedCustomersAsync(10);

        var customers = await ReadCustomersAsync(null);

        Assert.Equal(ids.Order(), customers.Select(c => c.Id).Order());
        Assert.All(customers, c => Assert.Equal("NZD", c.CurrencyCode));
    }

    [Fact]
    public async Task ReadsOnlyCustomersChangedSinceTheWatermark()
    {
        var ids = await SeedCustomersAsync(3);
        var all = await ReadCustomersAsync(null);
        var watermark = all.Max(c => c.LastModified);
        await Task.Delay(20);
        await _sandbox.Systems.Erp.Store.UpdateAsync("customers", ids[2], body => { body["creditLimit"] = 35000m; return body; }, expectedVersion: null);

        var changed = await ReadCustomersAsync(watermark);

        var only = Assert.Single(changed);
        Assert.Equal(ids[2], only.Id);
        Assert.Equal(35000m, only.CreditLimit);
    }

    [Fact]
    public async Task ComputesBalanceOverdueAndAgingFromOpenInvoices()
    {
        var customer = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var store = _sandbox.Systems.Erp.Store;
        await store.InsertAsync("customers", customer, SandboxRows.Customer(customer, "C20001", "Southern Cross Supplies Pty Ltd", 20000m));
        Guid[] invoices = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        await SandboxRows.AddAsync(store, "salesInvoices",
            (invoices[0], SandboxRows.Invoice(invoices[0], "PSI-1", customer, "C20001", 1150m, 1150m, today.AddDays(-10), today.AddDays(10))),
            (invoices[1], SandboxRows.Invoice(invoices[1], "PSI-2", customer, "C20001", 2300m, 2300m, today.AddDays(-75), today.AddDays(-45))),
            (invoices[2], SandboxRows.Invoice(invoices[2], "PSI-3", customer, "C20001", 500m, 0m, today.AddDays(-90), today.AddDays(-60), "Paid")));

        var position = await _connectors.Erp.GetCreditPositionAsync(customer, CancellationToken.None);

        Assert.NotNull(position);
        Assert.Equal(3450m, position.Customer.Balance);
        Assert.Equal(2300m, position.Customer.OverdueAmount);
        Assert.NotNull(position.Aging);
        Assert.Equal(3450m, position.Aging.Current + position.Aging.Period1 + position.Aging.Period2 + position.Aging.Period3);
    }

    [Fact]
    public async Task SaysPlainlyWhenTheErpIsDown()
    {
        await SeedCustomersAsync(1);
        _sandbox.Systems.Erp.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);

        var error = await Assert.ThrowsAsync<SourceUnavailableException>(() => ReadCustomersAsync(null));

        Assert.Contains("ERP (Business Central)", error.Message);
    }

    private async Task<List<Guid>> SeedCustomersAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await SandboxRows.AddAsync(_sandbox.Systems.Erp.Store, "customers",
            [.. ids.Select((id, i) => (id, SandboxRows.Customer(id, $"C{10000 + i}", $"Customer {i:00} Ltd", 10000m)))]);
        return ids;
    }

    private async Task<List<ErpCustomer>> ReadCustomersAsync(DateTimeOffset? since)
    {
        var all = new List<ErpCustomer>();
        await foreach (var page in _connectors.Erp.ReadCustomersAsync(since, CancellationToken.None))
        {
            all.AddRange(page);
        }

        return all;
    }
}
