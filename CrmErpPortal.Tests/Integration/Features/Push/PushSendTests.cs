using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Sandbox.Faults;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Push;

/// <summary>The outbox sender against the emulators through the real connectors: applied once, never lost, never overwriting.</summary>
public sealed class PushSendTests : IAsyncLifetime
{
    private readonly PushHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task AnApprovedPhoneChange_ReachesTheCrm_ThenTheHub_AndIsAudited()
    {
        var request = await _h.RequestAsync(("Phone", "09 300 9999"));
        var message = Assert.Single(await _h.ApproveAsync(request, PushHarness.Liam));

        var result = await _h.SendAsync(message);

        Assert.Equal((OutboxStatus.Succeeded, OutboxAttemptOutcome.Applied), (result!.Status, result.Outcome));
        Assert.Equal("+6493009999", (string?)(await _h.CrmAccountAsync())!.Body["telephone1"]);
        await using var db = _h.Db();
        Assert.Equal("+6493009999", (await db.Customers.SingleAsync(c => c.Id == _h.CustomerId)).PhoneE164);
        Assert.Equal(ChangeRequestStatus.Done, (await _h.RequestRowAsync(request)).Status);
        var sent = await _h.MessageAsync(message);
        Assert.Equal(sent.ResultEtag, (await db.SourceLinks.SingleAsync(l => l.ExternalId == _h.CrmAccountId.ToString())).SourceEtag);
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "ChangePushed");
        Assert.Equal((request.ToString(), OutboxSender.ActorId, "test"), (audit.EntityId, audit.UserId, audit.CorrelationId));
        Assert.DoesNotContain("3009999", audit.AfterJson);
    }

    [Fact]
    public async Task AMessageThatSucceeded_IsNeverSentAgain()
    {
        var message = Assert.Single(await _h.ApproveAsync(await _h.RequestAsync(("Phone", "09 300 9999")), PushHarness.Liam));
        await _h.SendAsync(message);
        var version = (await _h.CrmAccountAsync())!.Version;

        Assert.Null(await _h.SendAsync(message));
        await _h.Service<OutboxSweepJob>().RunAsync(CancellationToken.None);

        Assert.Equal(version, (await _h.CrmAccountAsync())!.Version);
        Assert.Single((await _h.MessageAsync(message)).History);
    }

    [Fact]
    public async Task AWriteThatCommittedButTimedOut_IsFoundAppliedOnTheNextAttempt_NotWrittenTwice()
    {
        var message = Assert.Single(await _h.ApproveAsync(await _h.RequestAsync(("CreditLimit", "35000")), PushHarness.Mere));
        _h.ErpFaults(new FaultSettings { TimeoutAfterCommitRate = 1 });

        var first = await _h.SendAsync(message);

        Assert.Equal(OutboxStatus.Pending, first!.Status);
        Assert.Contains(first.Outcome, new[] { OutboxAttemptOutcome.Unreachable, OutboxAttemptOutcome.Timeout });
        Assert.NotNull(first.RetryAt);
        var committed = (await _h.ErpCustomerAsync())!;
        Assert.Equal(35000m, (decimal)committed.Body["creditLimit"]!);
        Assert.Null(await _h.SendAsync(message)); // not due yet: the backoff holds

        _h.ErpFaults(new FaultSettings());
        await _h.MakeDueAsync(message);
        var second = await _h.SendAsync(message);

        Assert.Equal((OutboxStatus.Succeeded, OutboxAttemptOutcome.AlreadyApplied), (second!.Status, second.Outcome));
        Assert.Equal(committed.Version, (await _h.ErpCustomerAsync())!.Version);
        await using var db = _h.Db();
        Assert.Equal(35000m, (await db.CreditProfiles.SingleAsync(p => p.CustomerId == _h.CustomerId)).CreditLimit);
    }

    [Fact]
    public async Task AFieldChangedInTheCrmSinceTheRequest_IsAConflict_NeverOverwritten_UntilAnApproverDecides()
    {
        var request = await _h.RequestAsync(("Phone", "09 300 9999"));
        var message = Assert.Single(await _h.ApproveAsync(request, PushHarness.Liam));
        await _h.Sandbox.Systems.Crm.Store.UpdateAsync("accounts", _h.CrmAccountId, body => { body["telephone1"] = "09 555 0000"; return body; }, expectedVersion: null);

        var result = await _h.SendAsync(message);

        Assert.Equal(OutboxStatus.Conflicted, result!.Status);
        Assert.Equal("09 555 0000", (string?)(await _h.CrmAccountAsync())!.Body["telephone1"]);
        var row = await _h.RequestRowAsync(request);
        Assert.Equal(ChangeRequestStatus.Conflicted, row.Status);
        Assert.Equal(("+6495550000", "+6493791234", "+6493009999"), (row.Fields[0].ConflictValue, row.Fields[0].OldValue, row.Fields[0].NewValue));

        Assert.Contains("four-eyes", (await _h.Service<ResolveConflictCommand>().ApplyAnywayAsync(request, null, PushHarness.Aroha, CancellationToken.None)).Error);
        var resolved = await _h.Service<ResolveConflictCommand>().ApplyAnywayAsync(request, "customer confirmed", PushHarness.Liam, CancellationToken.None);
        Assert.True(resolved.Succeeded, resolved.Error);
        var resent = await _h.SendAsync(Assert.Single(resolved.OutboxMessageIds));

        Assert.Equal(OutboxStatus.Succeeded, resent!.Status);
        Assert.Equal("+6493009999", (string?)(await _h.CrmAccountAsync())!.Body["telephone1"]);
        Assert.Equal(ChangeRequestStatus.Done, (await _h.RequestRowAsync(request)).Status);
    }

    [Fact]
    public async Task AStaleErpCreditLimit_IsAConflict_AndKeepingTheErpValueRejectsTheRequest()
    {
        var request = await _h.RequestAsync(("CreditLimit", "35000"));
        var message = Assert.Single(await _h.ApproveAsync(request, PushHarness.Mere));
        await _h.Sandbox.Systems.Erp.Store.UpdateAsync("customers", _h.ErpCustomerId, body => { body["creditLimit"] = 15000m; return body; }, expectedVersion: null);

        Assert.Equal(OutboxStatus.Conflicted, (await _h.SendAsync(message))!.Status);
        Assert.Equal("15000.00", (await _h.RequestRowAsync(request)).Fields[0].ConflictValue);

        var kept = await _h.Service<ResolveConflictCommand>().KeepSystemValueAsync(request, "credit team lowered it", PushHarness.Mere, CancellationToken.None);

        Assert.True(kept.Succeeded, kept.Error);
        Assert.Equal(ChangeRequestStatus.Rejected, (await _h.RequestRowAsync(request)).Status);
        Assert.Equal(OutboxStatus.Cancelled, (await _h.MessageAsync(message)).Status);
        Assert.Null(await _h.SendAsync(message));
        Assert.Equal(15000m, (decimal)(await _h.ErpCustomerAsync())!.Body["creditLimit"]!);
    }

    [Fact]
    public async Task AnUnrelatedChangeToTheSameRecord_IsNotAConflict()
    {
        var request = await _h.RequestAsync(("Phone", "09 300 9999"));
        var message = Assert.Single(await _h.ApproveAsync(request, PushHarness.Liam));
        await _h.Sandbox.Systems.Crm.Store.UpdateAsync("accounts", _h.CrmAccountId, body => { body["websiteurl"] = "https://kiwiplumbing.co.nz"; return body; }, expectedVersion: null);

        var result = await _h.SendAsync(message);

        Assert.Equal(OutboxStatus.Succeeded, result!.Status);
        var account = (await _h.CrmAccountAsync())!.Body;
        Assert.Equal(("+6493009999", "https://kiwiplumbing.co.nz"), ((string?)account["telephone1"], (string?)account["websiteurl"]));
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff_ThenDeadLettered_WithTheirHistory_AndCanBeResubmitted()
    {
        var request = await _h.RequestAsync(("Email", "ap@kiwiplumbing.co.nz"));
        var message = Assert.Single(await _h.ApproveAsync(request, PushHarness.Liam));
        _h.CrmFaults(new FaultSettings { ServerErrorRate = 1, WritesOnly = true });

        var first = await _h.SendAsync(message);
        Assert.Equal((OutboxStatus.Pending, OutboxAttemptOutcome.ServerError), (first!.Status, first.Outcome));
        Assert.True(first.RetryAt > DateTimeOffset.UtcNow);
        await _h.MakeDueAsync(message);
        var second = await _h.SendAsync(message);

        Assert.Equal(OutboxStatus.DeadLettered, second!.Status);
        var dead = await _h.MessageAsync(message);
        Assert.Equal([1, 2], dead.History.Select(a => a.Number).Order());
        Assert.All(dead.History, a => Assert.Equal((OutboxAttemptOutcome.ServerError, 500), (a.Outcome, a.HttpStatus)));
        Assert.StartsWith("Gave up after 2 attempts", dead.LastError);
        Assert.Equal(ChangeRequestStatus.Failed, (await _h.RequestRowAsync(request)).Status);
        Assert.NotNull(await _h.Service<DeadLetterCommand>().ResubmitAsync(message, PushHarness.Aroha, CancellationToken.None));

        _h.CrmFaults(new FaultSettings());
        Assert.Null(await _h.Service<DeadLetterCommand>().ResubmitAsync(message, PushHarness.Liam, CancellationToken.None));
        var third = await _h.SendAsync(message);

        Assert.Equal(OutboxStatus.Succeeded, third!.Status);
        Assert.Equal(3, (await _h.MessageAsync(message)).History.Count);
        Assert.Equal(ChangeRequestStatus.Done, (await _h.RequestRowAsync(request)).Status);
        Assert.Equal("ap@kiwiplumbing.co.nz", (string?)(await _h.CrmAccountAsync())!.Body["emailaddress1"]);
    }

    [Fact]
    public async Task AThrottledWrite_WaitsAsLongAsTheSystemAsks()
    {
        var message = Assert.Single(await _h.ApproveAsync(await _h.RequestAsync(("CreditLimit", "35000")), PushHarness.Mere));
        _h.ErpFaults(new FaultSettings { ThrottleRate = 1, RetryAfterSeconds = 40, WritesOnly = true });

        var result = await _h.SendAsync(message);

        Assert.Equal(OutboxAttemptOutcome.Throttled, result!.Outcome);
        Assert.True(result.RetryAt >= DateTimeOffset.UtcNow.AddSeconds(38), $"retry at {result.RetryAt:O}");
    }

    [Fact]
    public async Task ACancelledDeadLetter_IsNeverSent()
    {
        var request = await _h.RequestAsync(("Email", "ap@kiwiplumbing.co.nz"));
        var message = Assert.Single(await _h.ApproveAsync(request, PushHarness.Liam));
        await _h.Sandbox.Systems.Crm.Store.DeleteAsync("accounts", _h.CrmAccountId);

        var result = await _h.SendAsync(message);
        Assert.Equal((OutboxStatus.DeadLettered, OutboxAttemptOutcome.NotFound), (result!.Status, result.Outcome));
        Assert.Contains("no longer exists", (await _h.MessageAsync(message)).LastError);

        Assert.Null(await _h.Service<DeadLetterCommand>().CancelAsync(message, PushHarness.Liam, CancellationToken.None));

        Assert.Null(await _h.SendAsync(message));
        Assert.Empty(await _h.Service<OutboxSweepJob>().DueAsync(CancellationToken.None));
        Assert.Equal(ChangeRequestStatus.Failed, (await _h.RequestRowAsync(request)).Status);
    }

    [Fact]
    public async Task ThePullThatSeesThePortalsOwnChange_IsNotANewChange()
    {
        var message = Assert.Single(await _h.ApproveAsync(await _h.RequestAsync(("Phone", "09 300 9999")), PushHarness.Liam));
        await _h.SendAsync(message);
        DateTimeOffset updatedAt;
        await using (var db = _h.Db())
        {
            updatedAt = (await db.Customers.SingleAsync(c => c.Id == _h.CustomerId)).UpdatedAt;
        }

        await _h.PullAsync();

        await using var after = _h.Db();
        var customer = await after.Customers.SingleAsync(c => c.Id == _h.CustomerId);
        Assert.Equal((updatedAt, "+6493009999"), (customer.UpdatedAt, customer.PhoneE164));
        var run = await after.SyncRuns.Where(r => r.Entity == "accounts").OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(0, run.Updated);
    }

    [Fact]
    public async Task AStuckSendingMessage_IsTakenBackByTheSweepAfterItsLease()
    {
        var message = Assert.Single(await _h.ApproveAsync(await _h.RequestAsync(("Phone", "09 300 9999")), PushHarness.Liam));
        await using (var db = _h.Db())
        {
            // A sender that claimed it and died (process killed): Sending, lease expired.
            await db.OutboxMessages.Where(m => m.Id == message).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.LockedUntil, DateTimeOffset.UtcNow.AddSeconds(-5)));
        }

        Assert.Contains(message, await _h.Service<OutboxSweepJob>().DueAsync(CancellationToken.None));
        Assert.Equal(OutboxStatus.Succeeded, (await _h.SendAsync(message))!.Status);
    }

    [Fact]
    public async Task ThePullThatSeesThePortalsOwnErpChange_LeavesTheGoldenRecordAlone()
    {
        var message = Assert.Single(await _h.ApproveAsync(await _h.RequestAsync(("CreditLimit", "35000")), PushHarness.Mere));
        await _h.SendAsync(message);
        DateTimeOffset updatedAt;
        await using (var db = _h.Db())
        {
            updatedAt = (await db.Customers.SingleAsync(c => c.Id == _h.CustomerId)).UpdatedAt;
        }

        await _h.PullAsync();

        await using var after = _h.Db();
        Assert.Equal(updatedAt, (await after.Customers.SingleAsync(c => c.Id == _h.CustomerId)).UpdatedAt);
        Assert.Equal(35000m, (await after.CreditProfiles.SingleAsync(p => p.CustomerId == _h.CustomerId)).CreditLimit);
    }

    [Fact]
    public async Task ARequestForACustomerMergedSince_CannotBeApproved()
    {
        var request = await _h.RequestAsync(("Email", "ap@kiwiplumbing.co.nz"));
        await using (var db = _h.Db())
        {
            await db.Customers.Where(c => c.Id == _h.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CustomerStatus.Merged));
        }

        var decision = await _h.Service<DecideChangeRequestCommand>().ApproveAsync(request, null, PushHarness.Liam, CancellationToken.None);

        Assert.Contains("merged", decision.Error);
        await using var check = _h.Db();
        Assert.Equal(0, await check.OutboxMessages.CountAsync());
    }
}
