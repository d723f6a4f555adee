using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Sandbox.Faults;
using Microsoft.EntityFrameworkCore;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>When a system fails mid-conversion: nothing doubles, nothing is lost, and the rep is told plainly.</summary>
public sealed class ConversionFaultTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task AnErpOutage_ConvertsNothing_AndRecordsNoIssue()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 2, 38.50m)]);
        _h.ErpFaults(new FaultSettings { Outage = true });

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Unavailable, result.Outcome);
        Assert.StartsWith("Nothing was converted", result.Message);
        Assert.Empty(await _h.OpenIssuesAsync(quoteId));
        _h.ErpFaults(new FaultSettings());
        Assert.Empty(await _h.ErpOrdersForAsync(crmQuoteId));
    }

    [Fact]
    public async Task ATimeoutAfterTheErpCommitted_IsFoundByTheRetry_AndKeepsTheOverrideUsedByThatOrder()
    {
        await _h.OweAsync(9_000m);
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(quoteId);
        var overrideId = await _h.ApprovedOverrideAsync(quoteId);
        _h.ErpFaults(new FaultSettings { TimeoutAfterCommitRate = 1 });

        var lost = await _h.ConvertAsync(quoteId);
        _h.ErpFaults(new FaultSettings());
        var retried = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Unavailable, lost.Outcome);
        Assert.Equal(ConversionOutcome.AlreadyConverted, retried.Outcome);
        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        await using var db = _h.Db();
        var used = await db.CreditRequests.AsNoTracking().SingleAsync(r => r.Id == overrideId);
        Assert.Equal((CreditRequestStatus.Used, retried.ErpOrderNumber), (used.Status, used.UsedForOrderNumber));
    }

    [Fact]
    public async Task AFailedLinkBackToTheCrm_LeavesTheOrder_AndTheJobLinksItLater()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 2, 38.50m)]);
        _h.CrmFaults(new FaultSettings { Outage = true, WritesOnly = true });

        var result = await _h.ConvertAsync(quoteId);
        await using (var db = _h.Db())
        {
            Assert.Equal(QuoteConversionStatus.OrderCreated, (await db.QuoteConversions.AsNoTracking().SingleAsync(c => c.QuoteId == quoteId)).Status);
        }

        _h.CrmFaults(new FaultSettings());
        await _h.Service<ConvertWonQuotesJob>().RunAsync(CancellationToken.None);

        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        var crmOrder = Assert.Single(await _h.Crm.FindByPropertyAsync("salesorders", "_quoteid_value", crmQuoteId.ToString()));
        Assert.Equal(result.ErpOrderNumber, crmOrder.Body["new_erpordernumber"]!.GetValue<string>());
        await using var after = _h.Db();
        Assert.Equal(QuoteConversionStatus.Converted, (await after.QuoteConversions.AsNoTracking().SingleAsync(c => c.QuoteId == quoteId)).Status);
    }
}
