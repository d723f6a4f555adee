using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmErpPortal.Tests.Integration.Features.View360;

/// <summary>The live order status read through the real Business Central connector against the emulator.</summary>
public sealed class GetLiveOrderStatusQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset CachedAsOf = new(2026, 11, 27, 18, 10, 0, TimeSpan.Zero);
    private readonly SandboxHost _sandbox = new();
    private readonly Guid _customer = Guid.NewGuid();
    private readonly Guid _released = Guid.NewGuid();
    private readonly Guid _shipped = Guid.NewGuid();
    private readonly Guid _otherCustomersOrder = Guid.NewGuid();
    private ConnectorHarness _connectors = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        var store = _sandbox.Systems.Erp.Store;
        await store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        var other = Guid.NewGuid();
        await store.InsertAsync("customers", _customer, SandboxRows.Customer(_customer, "C20001", "Southern Cross Supplies Pty Ltd", 25000m));
        await store.InsertAsync("customers", other, SandboxRows.Customer(other, "C20002", "Tasman Timber Ltd", 5000m));
        await SandboxRows.AddAsync(store, "salesOrders",
            (_released, SandboxRows.SalesOrder(_released, "SO-1", _customer, 1200m, "Released")),
            (_shipped, SandboxRows.SalesOrder(_shipped, "SO-2", _customer, 800m, "Released", fullyShipped: true)),
            (_otherCustomersOrder, SandboxRows.SalesOrder(_otherCustomersOrder, "SO-3", other, 50m)));
        _connectors = new ConnectorHarness(_sandbox);
    }

    public async Task DisposeAsync()
    {
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ReadsThisCustomersOrdersOnly_InTheHubsStatusWords()
    {
        var result = await ExecuteAsync();

        Assert.True(result.IsLive);
        Assert.Equal(SalesOrderStatus.Released, result.StatusOf(_released.ToString()));
        Assert.Equal(SalesOrderStatus.Shipped, result.StatusOf(_shipped.ToString()));
        Assert.Null(result.StatusOf(_otherCustomersOrder.ToString()));
        Assert.Equal(2, result.Statuses.Count);
    }

    [Fact]
    public async Task SaysWhyAndKeepsTheMirrorsAge_WhenTheErpIsDown()
    {
        _sandbox.Systems.Erp.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);
        var started = DateTimeOffset.UtcNow;

        var result = await ExecuteAsync(TimeSpan.FromMilliseconds(500));

        Assert.False(result.IsLive);
        Assert.Empty(result.Statuses);
        Assert.Equal(CachedAsOf, result.AsOf);
        Assert.StartsWith("ERP ", result.StaleReason);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    private Task<LiveOrderStatusResult> ExecuteAsync(TimeSpan? timeout = null) =>
        new GetLiveOrderStatusQuery(_connectors.Erp, TimeProvider.System, NullLogger<GetLiveOrderStatusQuery>.Instance)
            .ExecuteAsync(new LiveOrderStatusInput(_customer.ToString(), CachedAsOf, timeout), CancellationToken.None);
}
