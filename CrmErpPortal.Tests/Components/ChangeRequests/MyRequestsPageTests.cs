using System.Security.Claims;
using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.ChangeRequests;

/// <summary>"My requests" on a real SQLite hub: each request's status, where each system stands with its push, and the requester's actions.</summary>
public sealed class MyRequestsPageTests : PortalComponentTest, IAsyncLifetime
{
    private const string Rep = "aroha";
    private readonly TestDatabase _database = new();
    private readonly Customer _kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db => db.Customers.Add(_kiwi));
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddScoped<ListMyChangeRequestsQuery>();
        Context.Services.AddScoped<SubmitChangeRequestCommand>();
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(Roles.SalesRep).SetClaims(new Claim(ClaimTypes.NameIdentifier, Rep));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysHowToRequestAChange_WhenTheUserHasNone()
    {
        var cut = Context.Render<MyRequestsPage>();

        cut.WaitForAssertion(() => Assert.Contains("press the pencil beside the field", cut.Find("[data-testid=my-requests-empty]").TextContent));
    }

    [Fact]
    public async Task ShowsEachSystemsPushState_WithTheFailureInPlainWords()
    {
        var request = Request(ChangeRequestStatus.Failed, "BillingAddress", ChangeTarget.Both);
        await _database.SeedAsync(db =>
        {
            db.ChangeRequests.Add(request);
            db.OutboxMessages.Add(Message(request, SourceSystem.Crm, OutboxStatus.Succeeded, null));
            db.OutboxMessages.Add(Message(request, SourceSystem.Erp, OutboxStatus.DeadLettered, "The ERP refused the change (400): the postcode is not valid for the city."));
        });

        var cut = Context.Render<MyRequestsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=push-state]").Count));
        var states = cut.FindAll("[data-testid=push-state]").ToDictionary(s => s.GetAttribute("data-system")!, s => s.TextContent);
        Assert.Contains("CRM: done", states["CRM"]);
        Assert.Contains("ERP: failed", states["ERP"]);
        Assert.Contains("the postcode is not valid for the city", cut.Find("[data-testid=push-problem]").TextContent);
        Assert.Contains("Failed", cut.Find("[data-testid=my-request-status]").TextContent);
    }

    [Fact]
    public async Task OffersSubmitForADraft_WithdrawWhileUndecided_AndNothingOnceDone()
    {
        await _database.SeedAsync(db =>
        {
            db.ChangeRequests.Add(Request(ChangeRequestStatus.Draft, "Email", ChangeTarget.Crm, at: HubRecords.Now.AddHours(2)));
            db.ChangeRequests.Add(Request(ChangeRequestStatus.Pending, "Phone", ChangeTarget.Crm, at: HubRecords.Now.AddHours(1)));
            db.ChangeRequests.Add(Request(ChangeRequestStatus.Done, "Segment", ChangeTarget.Crm, at: HubRecords.Now));
        });

        var cut = Context.Render<MyRequestsPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));
        var rows = cut.FindAll("tbody tr").Select(r => (
            Submit: r.QuerySelector("[data-testid=my-request-submit]") is not null,
            Withdraw: r.QuerySelector("[data-testid=my-request-withdraw]") is not null)).ToList();
        Assert.Equal([(true, true), (false, true), (false, false)], rows);
    }

    [Fact]
    public async Task SubmitsADraft_ForApproval()
    {
        var draft = Request(ChangeRequestStatus.Draft, "Email", ChangeTarget.Crm);
        await _database.SeedAsync(db => db.ChangeRequests.Add(draft));
        var cut = Context.Render<MyRequestsPage>();

        cut.WaitForElement("[data-testid=my-request-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Waiting for approval", cut.Find("[data-testid=my-request-status]").TextContent));
        await using var db = await _database.Contexts.CreateDbContextAsync();
        Assert.Equal(ChangeRequestStatus.Pending, (await db.ChangeRequests.SingleAsync(r => r.Id == draft.Id)).Status);
    }

    [Fact]
    public async Task ListsOnlyTheUsersOwnRequests()
    {
        await _database.SeedAsync(db =>
        {
            db.ChangeRequests.Add(Request(ChangeRequestStatus.Pending, "Email", ChangeTarget.Crm));
            db.ChangeRequests.Add(Request(ChangeRequestStatus.Pending, "Phone", ChangeTarget.Crm, requestedBy: "someone-else"));
        });

        var cut = Context.Render<MyRequestsPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("Email", cut.Find("tbody tr").TextContent);
    }

    private ChangeRequest Request(ChangeRequestStatus status, string field, ChangeTarget target, DateTimeOffset? at = null, string requestedBy = Rep)
    {
        var request = HubRecords.ChangeRequest(_kiwi, requestedBy, Roles.DataSteward, status);
        request.RequestedAt = at ?? HubRecords.Now;
        request.Fields.Add(new ChangeRequestField { FieldName = field, OldValue = "before", NewValue = "after", TargetSystem = target });
        return request;
    }

    private OutboxMessage Message(ChangeRequest request, SourceSystem system, OutboxStatus status, string? lastError) => new()
    {
        ChangeRequestId = request.Id,
        TargetSystem = system,
        ExternalId = Guid.NewGuid().ToString(),
        Operation = system == SourceSystem.Crm ? "UpdateCrmAccount" : "UpdateErpCustomer",
        PayloadJson = new CrmErpPortal.Features.Sync.Push.OutboxPayload(_kiwi.Id, "NZ", null, []).ToJson(),
        IdempotencyKey = $"cr:{request.Id:N}:{system}",
        Status = status,
        LastError = lastError,
        CreatedAt = HubRecords.Now,
        NextAttemptAt = HubRecords.Now,
    };
}
