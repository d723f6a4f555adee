using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using Microsoft.EntityFrameworkCore;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>Convert to order against the emulators through the real connectors: the order, the link back, idempotency.</summary>
public sealed class ConvertQuoteTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task ConvertsAWonQuote_IntoOneErpOrderCarryingTheQuoteId_AndLinksItBackToTheCrmQuote()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 38.50m), (Pipe, 2, 12.30m)]);

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        var order = Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        Assert.Equal(result.ErpOrderNumber, order.Body["number"]!.GetValue<string>());
        Assert.Equal(2, (await _h.Erp.FindByPropertyAsync("salesOrderLines", "documentId", order.Id.ToString())).Count);
        var crmOrder = Assert.Single(await _h.Crm.FindByPropertyAsync("salesorders", "_quoteid_value", crmQuoteId.ToString()));
        Assert.Equal(result.ErpOrderNumber, crmOrder.Body["new_erpordernumber"]!.GetValue<string>());
        await using var db = _h.Db();
        var conversion = await db.QuoteConversions.SingleAsync(c => c.QuoteId == quoteId);
        Assert.Equal((QuoteConversionStatus.Converted, result.ErpOrderNumber, crmOrder.Id.ToString()), (conversion.Status, conversion.ErpOrderNumber, conversion.CrmOrderId));
        Assert.Equal(result.ErpOrderNumber, (await db.Quotes.SingleAsync(q => q.Id == quoteId)).ErpOrderNumber);
    }

    [Fact]
    public async Task UsesMakeOrder_WhenTheQuoteWasCopiedToTheErp()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 4, 38.50m)], state: 1);
        var erpQuoteId = Guid.NewGuid();
        await _h.Erp.InsertAsync("salesQuotes", erpQuoteId, new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = erpQuoteId.ToString(), ["number"] = "S-QUO9001", ["externalDocumentNumber"] = crmQuoteId.ToString("N"),
            ["customerId"] = _h.ErpCustomerId.ToString(), ["customerNumber"] = "C10001", ["currencyCode"] = "NZD", ["status"] = "Sent",
            ["validUntilDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd"),
        });

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Null(await _h.Erp.FindAsync("salesQuotes", erpQuoteId));
        Assert.Equal("S-QUO9001", Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId)).Body["quoteNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARetry_FindsTheOrder_InsteadOfMakingASecond()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 38.50m)]);
        var first = await _h.ConvertAsync(quoteId);

        var second = await _h.ConvertAsync(quoteId, Liam);

        Assert.Equal(ConversionOutcome.AlreadyConverted, second.Outcome);
        Assert.Equal(first.ErpOrderNumber, second.ErpOrderNumber);
        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        Assert.Single(await _h.Crm.FindByPropertyAsync("salesorders", "_quoteid_value", crmQuoteId.ToString()));
    }

    [Fact]
    public async Task ConcurrentConversions_OfOneQuote_MakeExactlyOneOrder()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 38.50m)]);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => _h.ConvertAsync(quoteId))));

        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        Assert.Single(results, r => r.Outcome == ConversionOutcome.Converted);
        Assert.All(results, r => Assert.True(r.HasOrder, r.Message));
    }

    [Fact]
    public async Task DuplicateWonEvents_ThroughTheJob_MakeOneOrder()
    {
        var (_, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 38.50m)]);
        var job = _h.Service<ConvertWonQuotesJob>();

        await Task.WhenAll(job.RunAsync(CancellationToken.None), _h.Service<ConvertWonQuotesJob>().RunAsync(CancellationToken.None));
        await job.RunAsync(CancellationToken.None);

        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        Assert.Empty(await job.DueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task WarnsOfAStockShortfall_WithTheShortQuantity_AndStillConverts()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Pipe, 8, 12.30m)]);

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        var shortfall = Assert.Single(result.Shortfalls!);
        Assert.Equal((Pipe, 8m, 5m, 3m), (shortfall.ProductNumber, shortfall.Quantity, shortfall.OnHand, shortfall.Shortfall));
    }

    [Fact]
    public async Task Refuses_WhenTheUserHasNoConvertingRole()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 1, 38.50m)]);
        var leadership = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "sam"), new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, "Leadership")], "Test"));

        var result = await _h.ConvertAsync(quoteId, leadership);

        Assert.Equal(ConversionOutcome.NotAllowed, result.Outcome);
        Assert.Empty(await _h.ErpOrdersForAsync(crmQuoteId));
    }
}
