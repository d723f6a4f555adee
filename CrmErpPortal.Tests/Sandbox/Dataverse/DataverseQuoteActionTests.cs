using System.Net;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseQuoteActionTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();
    private Guid _accountId;

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        _accountId = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });
    }

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task ConvertQuoteToSalesOrder_CreatesTheOrderWithItsLines_AndWinsTheQuote()
    {
        var quoteId = await CreateQuoteAsync(statecode: 1, 120m, 80m);

        using var response = await ConvertAsync(quoteId);
        var order = await DataverseApi.ReadJsonAsync(response);
        var orderId = order["salesorderid"]!.GetValue<string>();
        var lines = await _api.GetJsonAsync($"salesorderdetails?$filter=_salesorderid_value eq {orderId}");
        var quote = await _api.GetJsonAsync($"quotes({quoteId})?$select=statecode,statuscode");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ORD-", order["ordernumber"]!.GetValue<string>());
        Assert.Equal(200m, order["totalamount"]!.GetValue<decimal>());
        var stored = await _api.GetJsonAsync($"salesorders({orderId})");
        Assert.Equal(quoteId.ToString(), stored["_quoteid_value"]!.GetValue<string>());
        Assert.Equal(_accountId.ToString(), stored["_customerid_value"]!.GetValue<string>());
        Assert.Equal([120m, 80m], lines["value"]!.AsArray().Select(l => l!["extendedamount"]!.GetValue<decimal>()).Order().Reverse());
        Assert.Equal(2, quote["statecode"]!.GetValue<int>());
        Assert.Equal(4, quote["statuscode"]!.GetValue<int>());
    }

    [Fact]
    public async Task ConvertQuoteToSalesOrder_RefusesADraftQuote()
    {
        var quoteId = await CreateQuoteAsync(statecode: 0, 50m);

        using var response = await ConvertAsync(quoteId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WinQuote_ClosesAnActiveQuoteAsWon()
    {
        var quoteId = await CreateQuoteAsync(statecode: 1, 50m);

        using var response = await _api.SendAsync(HttpMethod.Post, "WinQuote", new JsonObject
        {
            ["QuoteClose"] = new JsonObject { ["subject"] = "Won", ["quoteid@odata.bind"] = $"/quotes({quoteId})" },
            ["Status"] = -1,
        });
        var quote = await _api.GetJsonAsync($"quotes({quoteId})?$select=statecode,statuscode");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(2, quote["statecode"]!.GetValue<int>());
    }

    private Task<HttpResponseMessage> ConvertAsync(Guid quoteId) => _api.SendAsync(HttpMethod.Post, "ConvertQuoteToSalesOrder", new JsonObject
    {
        ["QuoteId"] = quoteId.ToString(),
        ["ColumnSet"] = new JsonObject { ["AllColumns"] = false, ["Columns"] = new JsonArray("salesorderid", "ordernumber", "totalamount") },
    });

    private async Task<Guid> CreateQuoteAsync(int statecode, params decimal[] lineAmounts)
    {
        var quoteId = await _api.CreateAsync("quotes", new JsonObject
        {
            ["name"] = "Deck timber",
            ["customerid_account@odata.bind"] = $"/accounts({_accountId})",
            ["totalamount"] = lineAmounts.Sum(),
        });
        foreach (var amount in lineAmounts)
        {
            await _api.CreateAsync("quotedetails", new JsonObject
            {
                ["quoteid@odata.bind"] = $"/quotes({quoteId})",
                ["quantity"] = 1,
                ["priceperunit"] = amount,
                ["extendedamount"] = amount,
            });
        }

        if (statecode != 0)
        {
            (await _api.SendAsync(HttpMethod.Patch, $"quotes({quoteId})", new JsonObject { ["statecode"] = statecode, ["statuscode"] = 2 }, ("If-Match", "*"))).Dispose();
        }

        return quoteId;
    }
}
