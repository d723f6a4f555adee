using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.ErpCustomers;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Integration;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>
/// The queue's fix for "no ERP customer": link an existing one or create one, each a change request another person
/// approves; the push links the hub, a create is looked up by number first (a retry never makes two), and Retry converts.
/// </summary>
public sealed class ErpCustomerFixTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Ana = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "ana"), new Claim(ClaimTypes.Name, "Ana Admin"), new Claim(ClaimTypes.Role, Roles.Admin)], "Test"));

    private readonly ConversionHarness _h = new() { InErp = false };

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    private Task<RequestErpCustomerResult> RequestAsync(ErpCustomerFix fix, Guid? erpId = null, string? number = null, ClaimsPrincipal? user = null) =>
        _h.Service<RequestErpCustomerCommand>().ExecuteAsync(new RequestErpCustomerInput(_h.CustomerId, fix, "Same NZBN in both systems", erpId, number), user ?? Liam, CancellationToken.None);

    private async Task<OutboxMessage> ApproveAndSendAsync(Guid changeRequestId, ClaimsPrincipal approver)
    {
        var decided = await _h.Service<DecideChangeRequestCommand>().ApproveAsync(changeRequestId, null, approver, CancellationToken.None);
        Assert.True(decided.Succeeded, decided.Error);
        var messageId = Assert.Single(decided.OutboxMessageIds);
        await _h.Service<OutboxSender>().SendAsync(messageId, "test", CancellationToken.None);
        await using var db = _h.Db();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId);
    }

    private async Task<SourceLink?> ErpLinkAsync()
    {
        await using var db = _h.Db();
        return await db.SourceLinks.AsNoTracking().SingleOrDefaultAsync(l => l.CustomerId == _h.CustomerId && l.System == SourceSystem.Erp);
    }

    [Fact]
    public async Task LinkingAnExistingErpCustomer_AfterApproval_LetsRetryConvert()
    {
        var erpId = Guid.NewGuid();
        await _h.Erp.InsertAsync("customers", erpId, SandboxRows.Customer(erpId, "C20001", "KP Trading (Auckland) Limited", 10_000m));
        await _h.PullAsync();
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 4, 38.50m)]);
        Assert.Contains(ConversionCause.NoErpCustomer, (await _h.ConvertAsync(quoteId, Liam)).Failures!.Select(f => f.Cause));
        var candidate = Assert.Single(await _h.Service<FindErpCustomersQuery>().ExecuteAsync("c20001", CancellationToken.None));

        var requested = await RequestAsync(ErpCustomerFix.Link, candidate.ErpCustomerId);
        var own = await _h.Service<DecideChangeRequestCommand>().ApproveAsync(requested.ChangeRequestId!.Value, null, Liam, CancellationToken.None);
        var message = await ApproveAndSendAsync(requested.ChangeRequestId.Value, Ana);
        var result = await _h.ConvertAsync(quoteId, Liam);

        Assert.Contains("four-eyes", own.Error);
        Assert.Equal((OutboxStatus.Succeeded, OutboxWriter.LinkErpCustomer), (message.Status, message.Operation));
        Assert.Equal(("C20001", erpId.ToString()), ((await ErpLinkAsync())!.ExternalNumber, (await ErpLinkAsync())!.ExternalId));
        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
        await using var db = _h.Db();
        var erpOnly = await db.Customers.AsNoTracking().Where(c => c.Id != _h.CustomerId && c.DisplayName == "KP Trading (Auckland) Limited").SingleAsync();
        Assert.Equal((CustomerStatus.Merged, _h.CustomerId), (erpOnly.Status, erpOnly.MergedIntoCustomerId));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "ErpCustomerLinkRequested" && a.UserId == "liam"));
    }

    [Fact]
    public async Task CreatingTheErpCustomer_NeedsACreditController_AndARetriedPushNeverMakesTwo()
    {
        var (quoteId, crmQuoteId) = await _h.AddQuoteAsync([(Bolt, 4, 38.50m)]);
        await _h.ConvertAsync(quoteId, Liam);
        var number = await _h.Service<FindErpCustomersQuery>().SuggestedNumberAsync(_h.CustomerId, CancellationToken.None);

        var requested = await RequestAsync(ErpCustomerFix.Create, number: number);
        var byAdmin = await _h.Service<DecideChangeRequestCommand>().ApproveAsync(requested.ChangeRequestId!.Value, null, Ana, CancellationToken.None);
        var first = await ApproveAndSendAsync(requested.ChangeRequestId.Value, Mei);
        await using (var db = _h.Db())
        {
            // As if the answer had been lost and the sweep sent the message again.
            await db.OutboxMessages.Where(m => m.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.ExternalId, number!));
        }

        var again = await _h.Service<OutboxSender>().SendAsync(first.Id, "retry", CancellationToken.None);
        var direct = await _h.Service<IErpConnector>().CreateCustomerAsync(new ErpCustomerDraft(number!, "Kiwi Plumbing Ltd", null, null, null, new SourceAddress(null, null, null, null, null, "NZ"), "NZD"), CancellationToken.None);
        var result = await _h.ConvertAsync(quoteId, Liam);

        Assert.Equal("C10001", number);
        Assert.Contains("Credit Controller", byAdmin.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OutboxAttemptOutcome.AlreadyApplied, again!.Outcome);
        var created = Assert.Single(await _h.Erp.FindByPropertyAsync("customers", "number", "C10001"));
        Assert.Equal((created.Id.ToString(), created.Id), (first.ExternalId, direct.Id));
        Assert.Equal(created.Id.ToString(), (await ErpLinkAsync())!.ExternalId);
        Assert.Equal("Kiwi Plumbing Ltd", created.Body["displayName"]!.GetValue<string>());
        Assert.Equal(ConversionOutcome.Converted, result.Outcome);
        Assert.Single(await _h.ErpOrdersForAsync(crmQuoteId));
    }

    [Fact]
    public async Task ARep_CannotRequest_AndANumberTheErpHas_IsLinkedNotCreated()
    {
        var erpId = Guid.NewGuid();
        await _h.Erp.InsertAsync("customers", erpId, SandboxRows.Customer(erpId, "C30001", "Someone Else Ltd", 10_000m));

        var byRep = await RequestAsync(ErpCustomerFix.Create, number: "C40001", user: Aroha);
        var taken = await RequestAsync(ErpCustomerFix.Create, number: "c30001");
        var noReason = await _h.Service<RequestErpCustomerCommand>().ExecuteAsync(new RequestErpCustomerInput(_h.CustomerId, ErpCustomerFix.Create, " ", Number: "C40001"), Liam, CancellationToken.None);

        Assert.Contains("Only data stewards and credit controllers", byRep.Error);
        Assert.Contains("already has customer C30001", taken.Error);
        Assert.Contains("Say why", noReason.Error);
        await using var db = _h.Db();
        Assert.False(await db.ChangeRequests.AnyAsync(r => r.CustomerId == _h.CustomerId));
    }
}
