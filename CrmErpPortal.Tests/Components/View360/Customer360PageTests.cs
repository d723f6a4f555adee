using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmErpPortal.Tests.Components.View360;

/// <summary>The whole page on a real SQLite hub and the real ERP connector, with the ERP switched off.</summary>
public sealed class Customer360PageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly SandboxHost _sandbox = new();
    private readonly Customer _customer = HubRecords.Customer("Kiwi Plumbing Ltd");
    private ConnectorHarness _connectors = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _sandbox.InitializeAsync();
        _sandbox.Systems.Erp.Faults.Set(new FaultSettings { Outage = true }, DateTimeOffset.UtcNow);
        _connectors = new ConnectorHarness(_sandbox);
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(_customer);
            db.Contacts.Add(new Contact { CustomerId = _customer.Id, CrmContactId = "c-1", FirstName = "Mere", LastName = "Parata", IsPrimary = true });
            var credit = HubRecords.Credit(_customer, "NZD", limit: 20000m, balance: 1500m);
            credit.ErpCustomerId = Guid.NewGuid().ToString();
            db.CreditProfiles.Add(credit);
        });
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton(_connectors.Erp);
        Context.Services.AddSingleton<ILogger<GetLiveCreditQuery>>(NullLogger<GetLiveCreditQuery>.Instance);
        Context.Services.AddScoped<GetCustomer360Query>();
        Context.Services.AddScoped<ListPaidInvoicesQuery>();
        Context.Services.AddScoped<GetLiveCreditQuery>();
        Context.Services.AddSingleton<ILogger<GetLiveOrderStatusQuery>>(NullLogger<GetLiveOrderStatusQuery>.Instance);
        Context.Services.AddScoped<GetLiveOrderStatusQuery>();
        Context.Services.AddScoped<CrmErpPortal.Features.ChangeRequests.ListCustomerChangeRequestsQuery>();
        Context.Services.AddScoped<CrmErpPortal.Features.ChangeRequests.DraftChangeRequestCommand>();
        Context.Services.AddScoped<AuditWriter>();
        Context.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ViewAlertOptions()));
        Context.Services.AddScoped<PersonalDataViews>();
        Context.Services.AddScoped<CrmErpPortal.Features.Privacy.Corrections.GetCorrectionStatementsQuery>();
        Context.Services.AddScoped<CrmErpPortal.Features.Conversions.ListQuoteConversionsQuery>();
        Context.Services.AddScoped<CrmErpPortal.Features.Duplicates.Merge.ListMergesQuery>();
        Context.Services.AddScoped<CrmErpPortal.Features.Duplicates.Merge.UnmergeCommand>();
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(Roles.SalesRep);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void RendersFromTheMirror_ThenMarksCreditStale_WhenTheErpIsDown()
    {
        var cut = Context.Render<Customer360Page>(p => p.Add(x => x.Id, _customer.Id));

        Assert.Contains("Mere Parata", cut.Markup);
        WaitUntilStale(cut);
        Assert.Matches("cached as of .* — ERP ", cut.Find("[data-testid=credit-freshness]").TextContent);
        Assert.Contains("NZD 1,500.00", cut.Markup);
    }

    [Fact]
    public async Task WritesOneViewedAuditEvent_PerPageLoad()
    {
        var cut = Context.Render<Customer360Page>(p => p.Add(x => x.Id, _customer.Id));
        WaitUntilStale(cut);

        await using var db = await _database.Contexts.CreateDbContextAsync();
        var viewed = await db.AuditEvents.AsNoTracking().Where(a => a.EntityId == _customer.Id.ToString()).ToListAsync();

        var audit = Assert.Single(viewed);
        Assert.Equal(("Viewed", "Customer", "Aroha Ngata"), (audit.Action, audit.EntityType, audit.UserName));
    }

    [Fact]
    public async Task ShowsARefusedCorrectionsStatement_BesideTheFieldItIsAbout()
    {
        await _database.SeedAsync(db =>
        {
            var request = HubRecords.ChangeRequest(_customer, "grace", Roles.DataSteward, ChangeRequestStatus.Rejected);
            var correction = new CorrectionRequest
            {
                CustomerId = _customer.Id, ChangeRequestId = request.Id, FieldName = "Email", ValueSought = "mere@kiwi.co.nz",
                PersonName = "Mere Parata", PersonReason = "I left the old address in 2024", LoggedBy = "grace",
            };
            db.ChangeRequests.Add(request);
            db.CorrectionRequests.Add(correction);
            db.CorrectionStatements.Add(new CorrectionStatement
            {
                CustomerId = _customer.Id, CorrectionRequestId = correction.Id, FieldName = "Email",
                Statement = CrmErpPortal.Data.Privacy.CorrectionRefusals.StatementText(correction), RecordedAt = HubRecords.Now,
            });
        });

        var cut = Context.Render<Customer360Page>(p => p.Add(x => x.Id, _customer.Id));

        cut.WaitForAssertion(() =>
        {
            var statement = cut.Find("[data-testid=correction-statement]");
            Assert.Contains("Mere Parata asks that this read \"mere@kiwi.co.nz\"", statement.TextContent);
            Assert.Equal("Email", statement.Closest("tr")!.QuerySelector("th")!.TextContent.Trim());
        });
    }

    [Fact]
    public void SaysSoPlainly_WhenNoCustomerHasTheId()
    {
        var cut = Context.Render<Customer360Page>(p => p.Add(x => x.Id, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.Contains("No customer with this id", cut.Markup));
    }

    private static void WaitUntilStale(IRenderedComponent<Customer360Page> cut) =>
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("button"), b => b.TextContent.Trim() == "Retry"), TimeSpan.FromSeconds(15));
}
