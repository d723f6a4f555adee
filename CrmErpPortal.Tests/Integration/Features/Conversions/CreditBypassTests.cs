using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>
/// The holes users find around a failed credit check (issue 7's anchors): each must still fail. The customer's limit
/// is 10,000 and it owes 9,000; a 40-box order (1,540) is over, a 20-box one (770) fits.
/// </summary>
public sealed class CreditBypassTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitializeAsync();
        await _h.OweAsync(9_000m);
    }

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task CopyingTheQuote_DoesNotCarryItsOverride()
    {
        var (original, _) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(original);
        await _h.ApprovedOverrideAsync(original);
        var (copy, copyCrmId) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);

        var result = await _h.ConvertAsync(copy);

        Assert.Equal(ConversionOutcome.Failed, result.Outcome);
        Assert.Contains(result.Failures!, f => f.Cause == ConversionCause.CreditLimitExceeded);
        Assert.Empty(await _h.ErpOrdersForAsync(copyCrmId));
    }

    [Fact]
    public async Task CopyingTheQuote_AfterTheOverriddenOrderWasMade_FailsOnTheHigherExposure()
    {
        var (original, _) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(original);
        await _h.ApprovedOverrideAsync(original);
        Assert.Equal(ConversionOutcome.Converted, (await _h.ConvertAsync(original)).Outcome);
        var (copy, _) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);

        var result = await _h.ConvertAsync(copy);

        Assert.Equal(ConversionOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task SplittingTheOrder_FailsOnceThePartsTogetherPassTheLimit()
    {
        var (first, _) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 20, 38.50m)]);
        var (second, secondCrmId) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 20, 38.50m)]);

        var one = await _h.ConvertAsync(first);
        var two = await _h.ConvertAsync(second);

        Assert.Equal(ConversionOutcome.Converted, one.Outcome);
        Assert.Equal(ConversionOutcome.Failed, two.Outcome);
        Assert.Empty(await _h.ErpOrdersForAsync(secondCrmId));
    }

    [Fact]
    public async Task SplittingTheOrder_AndSendingThePartsTogether_LetsOnlyOneThrough()
    {
        var parts = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            parts.Add((await _h.AddQuoteAsync([(ConversionHarness.Bolt, 20, 38.50m)])).QuoteId);
        }

        var results = await Task.WhenAll(parts.Select(p => Task.Run(() => _h.ConvertAsync(p))));

        Assert.Single(results, r => r.Outcome == ConversionOutcome.Converted);
        Assert.Equal(2, results.Count(r => r.Outcome == ConversionOutcome.Failed));
    }

    [Fact]
    public async Task ReopeningAnOldOrder_ChecksCreditAgain_AndTheUsedOverrideDoesNotReturn()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(quoteId);
        await _h.ApprovedOverrideAsync(quoteId);
        Assert.Equal(ConversionOutcome.Converted, (await _h.ConvertAsync(quoteId)).Outcome);
        // The order is cancelled (deleted) in the ERP, then the quote is converted again.
        var order = Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        await _h.Erp.DeleteAsync("salesOrders", order.Id);

        var reopened = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Failed, reopened.Outcome);
        Assert.Contains(reopened.Failures!, f => f.Cause == ConversionCause.CreditLimitExceeded);
        Assert.Empty(await _h.ErpOrdersForAsync(crmQuoteId));
    }

    [Fact]
    public async Task ReopeningAQuoteThatOncePassed_IsCheckedOnTodaysFigures()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 20, 38.50m)]);
        Assert.Equal(ConversionOutcome.Converted, (await _h.ConvertAsync(quoteId)).Outcome);
        await _h.Erp.DeleteAsync("salesOrders", Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId)).Id);
        await _h.OweAsync(500m);

        var reopened = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Failed, reopened.Outcome);
    }

    [Fact]
    public async Task RetryingAfterTheOverrideExpired_Fails()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(quoteId);
        var overrideId = await _h.ApprovedOverrideAsync(quoteId);
        await using (var db = _h.Db())
        {
            var row = await db.CreditRequests.SingleAsync(r => r.Id == overrideId);
            row.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Failed, result.Outcome);
        Assert.Empty(await _h.ErpOrdersForAsync(crmQuoteId));
    }

    [Fact]
    public async Task RaisingTheQuoteAfterTheOverride_Fails()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(ConversionHarness.Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(quoteId);
        await _h.ApprovedOverrideAsync(quoteId);
        var line = Assert.Single(await _h.Crm.FindByPropertyAsync("quotedetails", "_quoteid_value", crmQuoteId.ToString()));
        await _h.Crm.UpdateAsync("quotedetails", line.Id, body => { body["quantity"] = 80; return body; }, null);
        await _h.Crm.UpdateAsync("quotes", crmQuoteId, body => { body["totalamount"] = 3_080m; return body; }, null);

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Failed, result.Outcome);
        Assert.Empty(await _h.ErpOrdersForAsync(crmQuoteId));
    }
}
