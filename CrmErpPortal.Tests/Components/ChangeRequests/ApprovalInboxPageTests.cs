using System.Security.Claims;
using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmErpPortal.Tests.Components.ChangeRequests;

/// <summary>The approval inbox on a real SQLite hub, reading current values live from the sandbox CRM through the real connector.</summary>
public sealed class ApprovalInboxPageTests : PortalComponentTest, IAsyncLifetime
{
    private const string Steward = "liam";
    private readonly TestDatabase _database = new();
    private readonly SandboxHost _sandbox = new();
    private readonly Customer _kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
    private readonly Customer _tui = HubRecords.Customer("Tui Bakery Ltd");
    private readonly Guid _crmAccount = Guid.NewGuid();
    private ConnectorHarness _connectors = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _sandbox.InitializeAsync();
        _connectors = new ConnectorHarness(_sandbox);
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", _crmAccount, SandboxRows.Account(_crmAccount, "Kiwi Plumbing Ltd"));
        var link = HubRecords.Link(_kiwi, SourceSystem.Crm);
        link.ExternalId = _crmAccount.ToString();
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, _tui);
            db.SourceLinks.Add(link);
        });
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton(_connectors.Crm);
        Context.Services.AddSingleton(_connectors.Erp);
        Context.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new InMemoryStorage()));
        Context.Services.AddSingleton<ILogger<GetLiveValuesQuery>>(NullLogger<GetLiveValuesQuery>.Instance);
        Context.Services.AddScoped<ListApprovalInboxQuery>();
        Context.Services.AddScoped<GetLiveValuesQuery>();
        Context.Services.AddScoped<DecideChangeRequestCommand>();
        Context.Services.AddScoped<ResolveConflictCommand>();
        Context.AddAuthorization().SetAuthorized("Liam O'Connell").SetRoles(Roles.DataSteward).SetPolicies(Policies.Approvals)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, Steward));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysWhatToDoNext_WhenNothingWaits()
    {
        var cut = Context.Render<ApprovalInboxPage>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing is waiting for your decision", cut.Find("[data-testid=inbox-empty]").TextContent));
        Assert.Contains("data steward", cut.Find("[data-testid=inbox-empty]").TextContent);
        Assert.Contains(cut.FindAll("[data-testid=inbox-empty] a"), a => a.GetAttribute("href") == "/my-requests");
    }

    [Fact]
    public async Task LeavesOutTheApproversOwnRequests_AndCreditRequestsTheyCannotDecide()
    {
        await SeedAsync(Request(_kiwi, "aroha", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz"));
        await SeedAsync(Request(_tui, Steward, "Phone", "+6493001234", "+6493009999"));
        var credit = Request(_tui, "aroha", "CreditLimit", "20000.00", "35000.00");
        credit.RequiredApproverRole = Roles.CreditController;
        await SeedAsync(credit);

        var cut = Context.Render<ApprovalInboxPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Kiwi Plumbing Ltd"], cut.FindAll("[data-testid=inbox-open]").Select(b => b.TextContent.Trim())));
    }

    [Fact]
    public async Task ShowsAPendingRequestsDiff_BesideTheValueTheCrmHoldsNow()
    {
        await SeedAsync(Request(_kiwi, "aroha", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz"));
        var cut = Context.Render<ApprovalInboxPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=inbox-open]"));

        cut.Find("[data-testid=inbox-open]").Click();

        cut.WaitForAssertion(() => Assert.Contains("CRM: accounts@kiwi.co.nz", cut.Find("[data-testid=diff-live]").TextContent), TimeSpan.FromSeconds(10));
        var row = cut.Find("[data-testid=diff-row]");
        Assert.Equal("Email", row.GetAttribute("data-field"));
        Assert.Equal("old@kiwi.co.nz", cut.Find("[data-testid=diff-old]").TextContent.Trim());
        Assert.Equal("new@kiwi.co.nz", cut.Find("[data-testid=diff-new]").TextContent.Trim());
        Assert.Contains("changed since the request", cut.Find("[data-testid=diff-moved]").TextContent);
        Assert.Contains("Customer told us", cut.Find("[data-testid=approval-reason]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=live-problem]"));
    }

    [Fact]
    public async Task SaysTheCrmCouldNotBeReadLive_AndStillShowsTheValuesAsRequested()
    {
        _sandbox.Systems.Crm.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);
        await SeedAsync(Request(_kiwi, "aroha", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz"));
        var cut = Context.Render<ApprovalInboxPage>();

        cut.WaitForElement("[data-testid=inbox-open]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Could not read the CRM live", cut.Find("[data-testid=live-problem]").TextContent), TimeSpan.FromSeconds(15));
        Assert.Contains("showing the values as requested", cut.Find("[data-testid=live-problem]").TextContent);
        Assert.Equal("new@kiwi.co.nz", cut.Find("[data-testid=diff-new]").TextContent.Trim());
        Assert.Contains("not read live", cut.Find("[data-testid=diff-live]").TextContent);
        Assert.False(cut.Find("[data-testid=decision-approve]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ShowsTheRequestedAndTheSystemsValueSideBySide_ForAConflict()
    {
        var request = Request(_kiwi, "aroha", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz", ChangeRequestStatus.Conflicted);
        request.Fields[0].ConflictValue = "someone.else@kiwi.co.nz";
        await SeedAsync(request);
        var cut = Context.Render<ApprovalInboxPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=inbox-conflict]"));

        cut.Find("[data-testid=inbox-open]").Click();

        cut.WaitForAssertion(() => Assert.Equal("someone.else@kiwi.co.nz", cut.Find("[data-testid=diff-conflict]").TextContent.Trim()));
        Assert.Equal("new@kiwi.co.nz", cut.Find("[data-testid=diff-new]").TextContent.Trim());
        Assert.Equal("Apply anyway", cut.Find("[data-testid=conflict-apply]").TextContent.Trim());
        Assert.Equal("Keep the system's value", cut.Find("[data-testid=conflict-keep]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=decision-approve]"));
    }

    [Fact]
    public async Task AsksWhy_BeforeRejecting_AndLeavesTheRequestPending()
    {
        var request = Request(_kiwi, "aroha", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz");
        await SeedAsync(request);
        var cut = Context.Render<ApprovalInboxPage>();
        cut.WaitForElement("[data-testid=inbox-open]").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=decision-reject]"));

        cut.Find("[data-testid=decision-reject]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Say why it is rejected", cut.Find("[data-testid=approval-detail]").TextContent));
        Assert.Equal(ChangeRequestStatus.Pending, await StatusAsync(request.Id));
    }

    [Fact]
    public async Task Approves_AndTakesTheRequestOutOfTheInbox()
    {
        var request = Request(_kiwi, "aroha", "Email", "accounts@kiwi.co.nz", "new@kiwi.co.nz");
        await SeedAsync(request);
        var cut = Context.Render<ApprovalInboxPage>();
        cut.WaitForElement("[data-testid=inbox-open]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=diff-moved]")));
        cut.WaitForAssertion(() => Assert.DoesNotContain("…", cut.Find("[data-testid=diff-live]").TextContent), TimeSpan.FromSeconds(10));

        cut.Find("[data-testid=decision-approve]").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=inbox-empty]"));
        Assert.Equal(ChangeRequestStatus.Approved, await StatusAsync(request.Id));
    }

    [Fact]
    public async Task ExplainsWhyBulkApprovalIsOff_WhenTheTickedRequestsAreDifferentKinds()
    {
        await SeedAsync(Request(_kiwi, "aroha", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz"));
        await SeedAsync(Request(_tui, "aroha", "Phone", "+6493001234", "+6493009999"));
        var cut = Context.Render<ApprovalInboxPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=inbox-open]").Count));

        foreach (var box in cut.FindAll("tbody input[type=checkbox]").ToList())
        {
            box.Change(true);
        }

        cut.WaitForAssertion(() => Assert.Contains("different kinds of change", cut.Find("[data-testid=bulk-status]").TextContent));
        Assert.True(cut.Find("[data-testid=bulk-approve]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ApprovesTheTickedRequestsTogether_WhenTheyAreOneKind()
    {
        var first = Request(_kiwi, "aroha", "Segment", null, "Trade");
        var second = Request(_tui, "aroha", "Segment", null, "Retail");
        await SeedAsync(first);
        await SeedAsync(second);
        var cut = Context.Render<ApprovalInboxPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=inbox-open]").Count));
        foreach (var box in cut.FindAll("tbody input[type=checkbox]").ToList())
        {
            box.Change(true);
        }

        cut.WaitForElement("[data-testid=bulk-approve]:not([disabled])").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=inbox-empty]"));
        Assert.NotEqual(ChangeRequestStatus.Pending, await StatusAsync(first.Id));
        Assert.NotEqual(ChangeRequestStatus.Pending, await StatusAsync(second.Id));
    }

    private static ChangeRequest Request(Customer customer, string requestedBy, string field, string? oldValue, string? newValue,
        ChangeRequestStatus status = ChangeRequestStatus.Pending)
    {
        var request = HubRecords.ChangeRequest(customer, requestedBy, Roles.DataSteward, status);
        request.RequestedByName = requestedBy == Steward ? "Liam O'Connell" : "Aroha Ngata";
        request.Fields.Add(new ChangeRequestField
        {
            FieldName = field,
            OldValue = oldValue,
            NewValue = newValue,
            TargetSystem = ChangeableFields.Find(field)!.Target,
        });
        return request;
    }

    private Task SeedAsync(ChangeRequest request) => _database.SeedAsync(db => db.ChangeRequests.Add(request));

    private async Task<ChangeRequestStatus> StatusAsync(Guid id)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.ChangeRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
    }
}
