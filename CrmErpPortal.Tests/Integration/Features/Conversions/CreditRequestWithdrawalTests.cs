using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Credit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>A requester withdraws their own waiting request (nobody else can); an approved override past its expiry lists as expired.</summary>
public sealed class CreditRequestWithdrawalTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    private async Task<Guid> RaiseAsync(Guid quoteId)
    {
        var raised = await _h.Service<RaiseCreditRequestCommand>().ExecuteAsync(
            new RaiseCreditRequestInput(_h.CustomerId, CreditRequestKind.Override, "Payment promised Friday", quoteId), Aroha, CancellationToken.None);
        Assert.True(raised.Saved, raised.Error);
        return raised.CreditRequestId!.Value;
    }

    [Fact]
    public async Task TheRequester_WithdrawsTheirOwnWaitingRequest_AndItIsAudited()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        var id = await RaiseAsync(quoteId);

        var result = await _h.Service<WithdrawCreditRequestCommand>().ExecuteAsync(id, Aroha, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        await using var db = _h.Db();
        Assert.Equal(CreditRequestStatus.Withdrawn, (await db.CreditRequests.SingleAsync(r => r.Id == id)).Status);
        Assert.Equal("aroha", (await db.AuditEvents.SingleAsync(a => a.Action == "CreditRequestWithdrawn" && a.EntityId == id.ToString())).UserId);
        var decided = await _h.Service<DecideCreditRequestCommand>().ApproveAsync(id, null, Mei, CancellationToken.None);
        Assert.Contains("withdrawn", decided.Error);
    }

    [Fact]
    public async Task SomeoneElse_CannotWithdrawIt_NorCanADecidedRequestBeWithdrawn()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        var id = await RaiseAsync(quoteId);
        var withdraw = _h.Service<WithdrawCreditRequestCommand>();

        var byMei = await withdraw.ExecuteAsync(id, Mei, CancellationToken.None);
        await _h.Service<DecideCreditRequestCommand>().ApproveAsync(id, null, Mei, CancellationToken.None);
        var afterApproval = await withdraw.ExecuteAsync(id, Aroha, CancellationToken.None);

        Assert.Contains("Only the person who raised", byMei.Error);
        Assert.Contains("already approved", afterApproval.Error);
        await using var db = _h.Db();
        Assert.Equal(CreditRequestStatus.Approved, (await db.CreditRequests.SingleAsync(r => r.Id == id)).Status);
        Assert.False(await db.AuditEvents.AnyAsync(a => a.Action == "CreditRequestWithdrawn"));
    }

    [Fact]
    public async Task AnApprovedOverride_PastItsExpiry_ListsAsExpired()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        var id = await _h.ApprovedOverrideAsync(quoteId);
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromDays(4));
        var query = new ListCreditRequestsQuery(_h.Portal.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CrmErpPortal.Data.PortalDbContext>>(), later);

        var now = Assert.Single(await _h.Service<ListCreditRequestsQuery>().MineAsync("aroha", CancellationToken.None));
        var then = Assert.Single(await query.MineAsync("aroha", CancellationToken.None));

        Assert.Equal((id, CreditRequestStatus.Approved, false), (now.Id, now.Status, now.Expired));
        Assert.Equal((CreditRequestStatus.Approved, true), (then.Status, then.Expired));
        Assert.StartsWith("Expired", CreditRequestWords.Status(then, new CrmErpPortal.Components.Shared.DisplayTimeZone(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())));
    }
}
