using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

public sealed class BcMakeOrderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private BusinessCentralHost _host = default!;

    public async Task InitializeAsync() => _host = await BusinessCentralHost.StartAsync(_clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreatesAnOrderWithTheQuotesLines_AndDeletesTheQuote()
    {
        var quote = await CreateQuoteAsync(await _host.SeedCustomerAsync("C01000"), "2026-04-01");

        var response = await MakeOrderAsync(quote);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync($"{_host.Company}salesQuotes({quote})")).StatusCode);
        var orders = await (await _host.Client.GetAsync(
            $"{_host.Company}salesOrders?$filter=externalDocumentNumber eq 'CRM-Q-7'&$expand=salesOrderLines")).ReadJsonAsync();
        var order = orders["value"]!.AsArray().Single()!;
        Assert.Equal("C01000", order["customerNumber"].Text());
        Assert.Equal("Open", order["status"].Text());
        Assert.Equal(["Widget"], order["salesOrderLines"]!.AsArray().Select(l => l!["description"].Text()));
    }

    [Fact]
    public async Task AnswersNotFound_WhenCalledAgain()
    {
        var quote = await CreateQuoteAsync(await _host.SeedCustomerAsync("C01000"), "2026-04-01");
        await MakeOrderAsync(quote);

        var again = await MakeOrderAsync(quote);

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task RefusesABlockedCustomer_AndKeepsTheQuote()
    {
        var customer = await _host.SeedCustomerAsync("C01000");
        var quote = await CreateQuoteAsync(customer, "2026-04-01");
        await _host.Store.UpdateAsync("customers", customer, body =>
        {
            body["blocked"] = "Invoice";
            return body;
        }, null);

        var response = await MakeOrderAsync(quote);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Application_DialogException", (await response.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync($"{_host.Company}salesQuotes({quote})")).StatusCode);
    }

    [Fact]
    public async Task RefusesAnExpiredQuote()
    {
        var quote = await CreateQuoteAsync(await _host.SeedCustomerAsync("C01000"), "2026-03-09");

        var response = await MakeOrderAsync(quote);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expired", (await response.ReadJsonAsync()).ErrorMessage());
    }

    private Task<HttpResponseMessage> MakeOrderAsync(string quote) =>
        _host.Client.PostAsync($"{_host.Company}salesQuotes({quote})/Microsoft.NAV.makeOrder", null);

    private async Task<string> CreateQuoteAsync(Guid customerId, string validUntil)
    {
        var quote = new JsonObject
        {
            ["customerId"] = customerId.ToString(),
            ["externalDocumentNumber"] = "CRM-Q-7",
            ["validUntilDate"] = validUntil,
            ["salesQuoteLines"] = new JsonArray(new JsonObject { ["description"] = "Widget", ["quantity"] = 3, ["unitPrice"] = 2m }),
        };
        var created = await _host.Client.SendJsonAsync(HttpMethod.Post, _host.Company + "salesQuotes", quote);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync())["id"].Text();
    }
}
