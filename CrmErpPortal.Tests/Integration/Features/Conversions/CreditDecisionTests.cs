using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Features.Sync.Push;
using Microsoft.EntityFrameworkCore;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>Credit requests: only another credit controller decides; an override lets its order through once; a new limit reaches the ERP.</summary>
public sealed class CreditDecisionTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitializeAsync();
        await _h.OweAsync(9_000m);
    }

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task AnApprovedOverride_LetsExactlyThisOrderThrough_AndIsThenUsed()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        Assert.Equal(ConversionOutcome.Failed, (await _h.ConvertAsync(quoteId)).Outcome);
        var overrideId = await _h.ApprovedOverrideAsync(quoteId);

        var result = await _h.ConvertAsync(quoteId);

        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        Assert.Empty(await _h.OpenIssuesAsync(quoteId));
        await using var db = _h.Db();
        var used = await db.CreditRequests.SingleAsync(r => r.Id == overrideId);
        Assert.Equal((CreditRequestStatus.Used, result.ErpOrderNumber, 1_540m, "NZD"), (used.Status, used.UsedForOrderNumber, used.Amount, used.CurrencyCode));
    }

    [Fact]
    public async Task OnlyACreditController_Decides_AndNeverTheirOwnRequest()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        var raise = _h.Service<RaiseCreditRequestCommand>();
        var decide = _h.Service<DecideCreditRequestCommand>();
        var byAroha = await raise.ExecuteAsync(new RaiseCreditRequestInput(_h.CustomerId, CreditRequestKind.Override, "Payment promised", quoteId), Aroha, CancellationToken.None);
        var byMei = await raise.ExecuteAsync(new RaiseCreditRequestInput(_h.CustomerId, CreditRequestKind.NewLimit, "Growing account", NewLimit: 35_000m), Mei, CancellationToken.None);

        var steward = await decide.ApproveAsync(byAroha.CreditRequestId!.Value, null, Liam, CancellationToken.None);
        var rep = await decide.ApproveAsync(byAroha.CreditRequestId.Value, null, Aroha, CancellationToken.None);
        var own = await decide.ApproveAsync(byMei.CreditRequestId!.Value, null, Mei, CancellationToken.None);
        var other = await decide.RejectAsync(byMei.CreditRequestId.Value, "Not this quarter", Tom, CancellationToken.None);

        Assert.Equal("Only a credit controller can decide credit requests.", steward.Error);
        Assert.Contains("four-eyes", rep.Error);
        Assert.Contains("four-eyes", own.Error);
        Assert.True(other.Succeeded, other.Error);
        await using var db = _h.Db();
        var audit = await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == nameof(CreditRequest)).Select(a => new { a.Action, a.UserId, a.AfterJson }).ToListAsync();
        var rejection = Assert.Single(audit, a => a.Action == "CreditRequestRejected");
        Assert.Equal("tom", rejection.UserId);
        Assert.Contains("Not this quarter", rejection.AfterJson);
        Assert.Equal(2, audit.Count(a => a.Action == "CreditRequestRaised"));
        Assert.Equal(CreditRequestStatus.Pending, (await db.CreditRequests.SingleAsync(r => r.Id == byAroha.CreditRequestId)).Status);
    }

    [Fact]
    public async Task AnApprovedNewLimit_IsPushedToTheErpThroughTheOutbox()
    {
        var raised = await _h.Service<RaiseCreditRequestCommand>().ExecuteAsync(
            new RaiseCreditRequestInput(_h.CustomerId, CreditRequestKind.NewLimit, "Growing account", NewLimit: 35_000m), Aroha, CancellationToken.None);

        var decided = await _h.Service<DecideCreditRequestCommand>().ApproveAsync(raised.CreditRequestId!.Value, "Good payer", Mei, CancellationToken.None);
        await using var db = _h.Db();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ChangeRequestId == decided.ChangeRequestId);
        await _h.Service<OutboxSender>().SendAsync(message.Id, "test", CancellationToken.None);

        var change = await db.ChangeRequests.AsNoTracking().Include(c => c.Fields).SingleAsync(c => c.Id == decided.ChangeRequestId);
        Assert.Equal(("aroha", "mei", ChangeSource.Conversion), (change.RequestedBy, change.DecidedBy, change.Source));
        Assert.Equal("35000.00", Assert.Single(change.Fields).NewValue);
        Assert.Equal(35_000m, (await _h.Erp.FindAsync("customers", _h.ErpCustomerId))!.Body["creditLimit"]!.GetValue<decimal>());
    }
}
