using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmErpPortal.Tests.Integration.Features.View360;

/// <summary>The live credit read through the real Business Central connector against the emulator.</summary>
public sealed class GetLiveCreditQueryTests : IAsyncLifetime
{
    private static readonly CreditFigures Cached = new("NZD", 20000m, 1000m, 0m, 1000m, 0m, 0m, 0m, "30 DAYS", CreditBlocked.None);
    private static readonly DateTimeOffset CachedAsOf = new(2026, 11, 27, 18, 10, 0, TimeSpan.Zero);
    private readonly SandboxHost _sandbox = new();
    private readonly Guid _erpCustomerId = Guid.NewGuid();
    private ConnectorHarness _connectors = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        var store = _sandbox.Systems.Erp.Store;
        await store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        await store.InsertAsync("customers", _erpCustomerId, SandboxRows.Customer(_erpCustomerId, "C20001", "Southern Cross Supplies Pty Ltd", 25000m));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoice = Guid.NewGuid();
        await SandboxRows.AddAsync(store, "salesInvoices", (invoice, SandboxRows.Invoice(invoice, "PSI-1", _erpCustomerId, "C20001", 3450m, 3450m, today.AddDays(-10), today.AddDays(20))));
        _connectors = new ConnectorHarness(_sandbox);
    }

    public async Task DisposeAsync()
    {
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ReturnsTheErpsFiguresNow_WhenItAnswers()
    {
        var result = await ExecuteAsync();

        Assert.True(result.IsLive);
        Assert.Equal(25000m, result.Figures.CreditLimit);
        Assert.Equal(3450m, result.Figures.Balance);
        Assert.Null(result.StaleReason);
    }

    [Fact]
    public async Task ReturnsTheMirrorsFiguresWithAPlainReason_WhenTheErpIsDown()
    {
        _sandbox.Systems.Erp.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);

        var result = await ExecuteAsync();

        Assert.False(result.IsLive);
        Assert.Same(Cached, result.Figures);
        Assert.Equal(CachedAsOf, result.AsOf);
        Assert.StartsWith("ERP ", result.StaleReason);
    }

    [Fact]
    public async Task GivesUpWithinItsTimeout_InsteadOfWaitingForTheConnectorsRetries()
    {
        _sandbox.Systems.Erp.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);
        var started = DateTimeOffset.UtcNow;

        var result = await ExecuteAsync(TimeSpan.FromMilliseconds(300));

        Assert.False(result.IsLive);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    private Task<LiveCreditResult> ExecuteAsync(TimeSpan? timeout = null) =>
        new GetLiveCreditQuery(_connectors.Erp, NullLogger<GetLiveCreditQuery>.Instance)
            .ExecuteAsync(new LiveCreditInput(_erpCustomerId.ToString(), Cached, CachedAsOf, timeout), CancellationToken.None);
}
