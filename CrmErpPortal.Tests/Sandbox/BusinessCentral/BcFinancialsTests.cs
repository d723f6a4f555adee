using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

public sealed class BcFinancialsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private BusinessCentralHost _host = default!;
    private Guid _customer;

    public async Task InitializeAsync()
    {
        _host = await BusinessCentralHost.StartAsync(_clock);
        _customer = await _host.SeedCustomerAsync("C01000");
        await _host.SeedInvoiceAsync(_customer, "Open", total: 100, remaining: 100, dueDate: "2026-03-20");
        await _host.SeedInvoiceAsync(_customer, "Open", total: 200, remaining: 150, dueDate: "2026-02-28");
        await _host.SeedInvoiceAsync(_customer, "Open", total: 300, remaining: 300, dueDate: "2025-12-01");
        await _host.SeedInvoiceAsync(_customer, "Paid", total: 400, remaining: 0, dueDate: "2026-01-01");
        await _host.SeedInvoiceAsync(_customer, "Draft", total: 999, remaining: 999, dueDate: "2026-01-01");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ComputesTheFinancialDetail_FromPostedInvoices()
    {
        var detail = await (await _host.Client.GetAsync($"{_host.Company}customers({_customer})/customerFinancialDetail")).ReadJsonAsync();

        Assert.Equal(550m, Amount(detail, "balance"));
        Assert.Equal(1000m, Amount(detail, "totalSalesExcludingTax"));
        Assert.Equal(450m, Amount(detail, "overdueAmount"));
    }

    [Fact]
    public async Task AgesTheOpenAmounts_InThirtyDayPeriods()
    {
        var aged = await (await _host.Client.GetAsync($"{_host.Company}agedAccountsReceivables({_customer})")).ReadJsonAsync();

        Assert.Equal(550m, Amount(aged, "balanceDue"));
        Assert.Equal(100m, Amount(aged, "currentAmount"));
        Assert.Equal(150m, Amount(aged, "period1Amount"));
        Assert.Equal(0m, Amount(aged, "period2Amount"));
        Assert.Equal(300m, Amount(aged, "period3Amount"));
        Assert.Equal("2026-03-10", aged["agedAsOfDate"].Text());
        Assert.Equal("30D", aged["periodLengthFilter"].Text());
    }

    [Fact]
    public async Task AgreesWithTheCustomersBalanceDue_WhenExpanded()
    {
        var customers = await (await _host.Client.GetAsync($"{_host.Company}customers?$expand=customerFinancialDetail")).ReadJsonAsync();

        var customer = customers["value"]![0]!.AsObject();
        Assert.Equal(550m, Amount(customer, "balanceDue"));
        Assert.Equal(550m, Amount(customer["customerFinancialDetail"]!.AsObject(), "balance"));
    }

    private static decimal Amount(JsonObject row, string name) => row[name]!.GetValue<decimal>();
}
