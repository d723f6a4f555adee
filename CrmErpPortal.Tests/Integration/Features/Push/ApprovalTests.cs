using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Sync.Push;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Push;

/// <summary>Four-eyes approval and routing by ownership, on a real hub pulled from the emulators.</summary>
public sealed class ApprovalTests : IAsyncLifetime
{
    private readonly PushHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task NobodyApprovesTheirOwnRequest_EvenWithTheRole()
    {
        var result = await _h.Service<DraftChangeRequestCommand>().ExecuteAsync(
            new DraftChangeRequestInput(_h.CustomerId, [new FieldChangeInput("Phone", "09 300 9999")], "rang us", Submit: true), PushHarness.Liam, CancellationToken.None);

        var decision = await _h.Service<DecideChangeRequestCommand>().ApproveAsync(result.ChangeRequestId!.Value, null, PushHarness.Liam, CancellationToken.None);

        Assert.Contains("four-eyes", decision.Error);
        await AssertNoMessagesAsync();
        Assert.Equal(ChangeRequestStatus.Pending, (await _h.RequestRowAsync(result.ChangeRequestId.Value)).Status);
    }

    [Fact]
    public async Task ASalesRepCannotApprove_AndACreditLimitNeedsACreditController()
    {
        var phone = await _h.RequestAsync(("Phone", "09 300 9999"));
        var limit = await _h.RequestAsync(("CreditLimit", "35000"));
        var decide = _h.Service<DecideChangeRequestCommand>();

        Assert.Contains("Data steward", (await decide.ApproveAsync(phone, null, PushHarness.Mere, CancellationToken.None)).Error);
        Assert.Contains("Credit controller", (await decide.ApproveAsync(limit, null, PushHarness.Liam, CancellationToken.None)).Error);
        Assert.NotNull((await decide.RejectAsync(limit, "no", PushHarness.Aroha, CancellationToken.None)).Error);
        await AssertNoMessagesAsync();

        var approved = await _h.ApproveAsync(limit, PushHarness.Mere);
        var message = await _h.MessageAsync(Assert.Single(approved));
        Assert.Equal((SourceSystem.Erp, _h.ErpCustomerId.ToString(), OutboxWriter.UpdateErpCustomer), (message.TargetSystem, message.ExternalId, message.Operation));
    }

    [Fact]
    public async Task Routing_FollowsOwnership_CrmFieldsToTheCrm_SharedToBoth_PortalOnlyAppliesAtOnce()
    {
        var phone = await _h.RequestAsync(("Phone", "09 300 9999"));
        var name = await _h.RequestAsync(("DisplayName", "Kiwi Plumbing & Gas Ltd"));
        var legal = await _h.RequestAsync(("LegalName", "Kiwi Plumbing and Gas Limited"));

        var phoneMessages = await _h.ApproveAsync(phone, PushHarness.Liam);
        var nameMessages = await _h.ApproveAsync(name, PushHarness.Liam);
        var legalMessages = await _h.ApproveAsync(legal, PushHarness.Liam);

        Assert.Equal([SourceSystem.Crm], await SystemsAsync(phoneMessages));
        Assert.Equal([SourceSystem.Crm, SourceSystem.Erp], await SystemsAsync(nameMessages));
        Assert.Empty(legalMessages);
        Assert.Equal(ChangeRequestStatus.Done, (await _h.RequestRowAsync(legal)).Status);
        await using var db = _h.Db();
        Assert.Equal("Kiwi Plumbing and Gas Limited", (await db.Customers.SingleAsync(c => c.Id == _h.CustomerId)).LegalName);
        var payload = OutboxPayload.FromJson((await _h.MessageAsync(phoneMessages[0])).PayloadJson);
        Assert.Equal(("Phone", "+6493791234", "+6493009999"), (payload.Fields[0].Field, payload.Fields[0].OldValue, payload.Fields[0].NewValue));
        Assert.False(string.IsNullOrEmpty(payload.BasedOnEtag));
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "ChangeRequestApproved" && a.EntityId == phone.ToString());
        Assert.Equal("liam", audit.UserId);
        Assert.DoesNotContain("3009999", audit.AfterJson);
    }

    [Fact]
    public async Task TheOutboxIsWrittenInTheApprovalsTransaction_TwoApproversAtOnceMakeOneSetOfMessages()
    {
        var request = await _h.RequestAsync(("DisplayName", "Kiwi Plumbing & Gas Ltd"));
        var other = PushHarness.Liam;
        var admin = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, "tia"), new(System.Security.Claims.ClaimTypes.Name, "Tia Admin"), new(System.Security.Claims.ClaimTypes.Role, CrmErpPortal.Security.Roles.Admin)], "Test"));

        var results = await Task.WhenAll(
            _h.Service<DecideChangeRequestCommand>().ApproveAsync(request, null, other, CancellationToken.None),
            _h.Service<DecideChangeRequestCommand>().ApproveAsync(request, null, admin, CancellationToken.None));

        Assert.Single(results, r => r.Succeeded);
        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Empty(failed.OutboxMessageIds);
        await using var db = _h.Db();
        var messages = await db.OutboxMessages.Where(m => m.ChangeRequestId == request).ToListAsync();
        Assert.Equal(2, messages.Count);
        Assert.Equal(messages.Select(m => m.Id).Order(), results.Single(r => r.Succeeded).OutboxMessageIds.Order());
        Assert.Single(await db.AuditEvents.Where(a => a.Action == "ChangeRequestApproved").ToListAsync());
    }

    [Fact]
    public async Task Rejecting_NeedsAReason_AndWritesNoMessages()
    {
        var request = await _h.RequestAsync(("Email", "ap@kiwiplumbing.co.nz"));
        var decide = _h.Service<DecideChangeRequestCommand>();

        Assert.NotNull((await decide.RejectAsync(request, " ", PushHarness.Liam, CancellationToken.None)).Error);
        Assert.Null((await decide.RejectAsync(request, "We already hold the accounts address", PushHarness.Liam, CancellationToken.None)).Error);

        var row = await _h.RequestRowAsync(request);
        Assert.Equal((ChangeRequestStatus.Rejected, "liam", "We already hold the accounts address"), (row.Status, row.DecidedBy, row.DecisionComment));
        await AssertNoMessagesAsync();
        Assert.NotNull((await _h.Service<DecideChangeRequestCommand>().ApproveAsync(request, null, PushHarness.Liam, CancellationToken.None)).Error);
    }

    [Fact]
    public async Task BulkApproval_IsForOneKindOfChange()
    {
        var a = await _h.RequestAsync(("Email", "ap@kiwiplumbing.co.nz"));
        var b = await _h.RequestAsync(("Phone", "09 300 9999"));

        var mixed = await _h.Service<DecideChangeRequestCommand>().ApproveManyAsync([a, b], null, PushHarness.Liam, CancellationToken.None);

        Assert.All(mixed, r => Assert.Contains("one kind", r.Error));
        await AssertNoMessagesAsync();
        var same = await _h.Service<DecideChangeRequestCommand>().ApproveManyAsync([a], null, PushHarness.Liam, CancellationToken.None);
        Assert.True(Assert.Single(same).Succeeded);
    }

    private async Task AssertNoMessagesAsync()
    {
        await using var db = _h.Db();
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    private async Task<List<SourceSystem>> SystemsAsync(IEnumerable<Guid> ids)
    {
        await using var db = _h.Db();
        return await db.OutboxMessages.Where(m => ids.Contains(m.Id)).Select(m => m.TargetSystem).OrderBy(s => s).ToListAsync();
    }
}
