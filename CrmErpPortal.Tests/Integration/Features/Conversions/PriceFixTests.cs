using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Prices;
using CrmErpPortal.Features.Sync.Push;
using Microsoft.EntityFrameworkCore;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>
/// The queue's in-place fix for a price mismatch: accept the ERP price (pushed to the CRM quote line) or the CRM price
/// (the order carries it), recorded and audited, holding for exactly those lines and prices of that quote.
/// </summary>
public sealed class PriceFixTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    private Task<AcceptQuotePriceResult> AcceptAsync(Guid quoteId, PriceSide side, IReadOnlyList<int>? lines = null, System.Security.Claims.ClaimsPrincipal? user = null) =>
        _h.Service<AcceptQuotePriceCommand>().ExecuteAsync(new AcceptQuotePriceInput(quoteId, side, lines), user ?? Liam, CancellationToken.None);

    private async Task<IReadOnlyList<decimal>> OrderLinePricesAsync(Guid crmQuoteId)
    {
        var order = Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        var lines = await _h.Erp.FindByPropertyAsync("salesOrderLines", "documentId", order.Id.ToString());
        return [.. lines.OrderBy(l => decimal.Parse(l.Body["sequence"]?.ToJsonString() ?? "0", System.Globalization.CultureInfo.InvariantCulture)).Select(l => l.Body["unitPrice"]!.GetValue<decimal>())];
    }

    [Fact]
    public async Task AcceptingTheCrmPrice_ConvertsWithTheQuotedPrice_AndRecordsWhoChoseWhat()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m)]);
        Assert.Equal(ConversionOutcome.Failed, (await _h.ConvertAsync(quoteId)).Outcome);

        var accepted = await AcceptAsync(quoteId, PriceSide.Crm);
        var result = await _h.ConvertAsync(quoteId, Liam);

        Assert.True(accepted.Succeeded, accepted.Error);
        Assert.Empty(accepted.OutboxMessageIds);
        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Equal([32.00m], await OrderLinePricesAsync(crmQuoteId));
        await using var db = _h.Db();
        var row = await db.QuotePriceAcceptances.AsNoTracking().SingleAsync(a => a.QuoteId == quoteId);
        Assert.Equal((1, Bolt, PriceSide.Crm, 32.00m, 38.50m, "liam", "Liam Chen"), (row.LineNumber, row.ProductNumber, row.AcceptedSide, row.CrmUnitPrice, row.ErpUnitPrice, row.AcceptedBy, row.AcceptedByName));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == "QuoteCrmPriceAccepted" && a.EntityId == quoteId.ToString());
        Assert.Equal("liam", audit.UserId);
        Assert.Contains("\"ErpUnitPrice\":38.50", audit.AfterJson);
    }

    [Fact]
    public async Task AcceptingTheCrmPrice_HoldsOnlyForThatQuote_AndOnlyAtThosePrices()
    {
        var (settled, _) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m), (Pipe, 2, 12.30m)]);
        var (other, _) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m)]);
        var (repriced, _) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m)]);
        await AcceptAsync(settled, PriceSide.Crm, [1]);
        await AcceptAsync(repriced, PriceSide.Crm);
        var item = (await _h.Erp.FindByPropertyAsync("items", "number", Bolt)).Single();
        await _h.Erp.UpdateAsync("items", item.Id, body => { body["unitPrice"] = 39.90m; return body; }, item.Version);

        var otherResult = await _h.ConvertAsync(other);
        var repricedResult = await _h.ConvertAsync(repriced);

        Assert.Equal(ConversionOutcome.Failed, otherResult.Outcome);
        Assert.Equal(ConversionOutcome.Failed, repricedResult.Outcome);
        Assert.Contains(await _h.OpenIssuesAsync(repriced), i => i.Cause == ConversionCause.PriceMismatch);
    }

    [Fact]
    public async Task AcceptingTheErpPrice_PushesItToTheCrmQuoteLine_ThenRetryConverts()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m), (Pipe, 4, 12.30m)]);
        await _h.ConvertAsync(quoteId);

        var accepted = await AcceptAsync(quoteId, PriceSide.Erp);
        var sent = await _h.Service<OutboxSender>().SendAsync(Assert.Single(accepted.OutboxMessageIds), "test", CancellationToken.None);
        var result = await _h.ConvertAsync(quoteId, Liam);

        Assert.Equal(OutboxStatus.Succeeded, sent!.Status);
        var line = Assert.Single(await _h.Crm.FindByPropertyAsync("quotedetails", "_quoteid_value", crmQuoteId.ToString()), l => l.Body["lineitemnumber"]!.GetValue<int>() == 1);
        Assert.Equal((38.50m, true, 385.00m), (line.Body["priceperunit"]!.GetValue<decimal>(), line.Body["ispriceoverridden"]!.GetValue<bool>(), line.Body["extendedamount"]!.GetValue<decimal>()));
        Assert.Equal(385.00m + 49.20m, (await _h.Crm.FindAsync("quotes", crmQuoteId))!.Body["totalamount"]!.GetValue<decimal>());
        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Equal([38.50m, 12.30m], await OrderLinePricesAsync(crmQuoteId));
        await using var db = _h.Db();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "QuoteErpPriceAccepted" && a.UserId == "liam"));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "ChangePushed" && a.EntityType == nameof(OutboxMessage)));
    }

    [Fact]
    public async Task AcceptingTheErpPrice_BeforeThePushLands_OrderCarriesTheErpPrice()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m)]);

        await AcceptAsync(quoteId, PriceSide.Erp, [1]);
        var result = await _h.ConvertAsync(quoteId, Liam);

        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Equal([38.50m], await OrderLinePricesAsync(crmQuoteId));
    }

    [Fact]
    public async Task APushFindsTheCrmLineChangedMeanwhile_AndConflictsInsteadOfOverwriting()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m)]);
        var accepted = await AcceptAsync(quoteId, PriceSide.Erp);
        var line = Assert.Single(await _h.Crm.FindByPropertyAsync("quotedetails", "_quoteid_value", crmQuoteId.ToString()));
        await _h.Crm.UpdateAsync("quotedetails", line.Id, body => { body["priceperunit"] = 35.00m; return body; }, line.Version);

        var sent = await _h.Service<OutboxSender>().SendAsync(Assert.Single(accepted.OutboxMessageIds), "test", CancellationToken.None);

        Assert.Equal(OutboxStatus.Conflicted, sent!.Status);
        Assert.Equal(35.00m, (await _h.Crm.FindAsync("quotedetails", line.Id))!.Body["priceperunit"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task ARep_CannotSettlePrices_AndALineThatMatches_CannotBeAccepted()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m), (Pipe, 2, 12.30m)]);

        var byRep = await AcceptAsync(quoteId, PriceSide.Crm, user: Aroha);
        var matching = await AcceptAsync(quoteId, PriceSide.Crm, [2]);

        Assert.Contains("Only data stewards and credit controllers", byRep.Error);
        Assert.Contains("Line 2 no longer differs", matching.Error);
        await using var db = _h.Db();
        Assert.False(await db.QuotePriceAcceptances.AnyAsync());
    }

    [Fact]
    public async Task ThePriceQuery_ShowsEachLineBesideTheErpPrice_AndWhatWasAccepted()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 10, 32.00m), (Pipe, 2, 12.30m)]);
        await AcceptAsync(quoteId, PriceSide.Crm, [1]);

        var prices = await _h.Service<GetQuotePricesQuery>().ExecuteAsync(quoteId, CancellationToken.None);

        Assert.NotNull(prices);
        Assert.Equal(
            [(1, 32.00m, (decimal?)38.50m, true, (PriceSide?)PriceSide.Crm), (2, 12.30m, 12.30m, false, null)],
            prices.Lines.Select(l => (l.LineNumber, l.CrmUnitPrice, l.ErpUnitPrice, l.Differs, l.Accepted)));
        Assert.False(prices.AnyOpen);
    }
}
