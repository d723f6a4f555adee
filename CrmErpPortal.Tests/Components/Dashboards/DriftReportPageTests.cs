using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Dashboards.Drift;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.Dashboards;

/// <summary>The drift report page and the dashboard's drift card, on a real SQLite hub.</summary>
public sealed class DriftReportPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _kauri = HubRecords.Customer("Kauri Joinery Ltd");
    private readonly Customer _wattle = HubRecords.Customer("Wattle Supplies Pty Ltd", country: "AU");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddScoped<ListDriftQuery>();
        Context.Services.AddScoped<GetDriftSummaryQuery>();
        Context.Services.AddScoped<DraftChangeRequestCommand>();
        Context.Services.AddScoped<ProposeDriftCorrectionCommand>();
        await _database.SeedAsync(db => db.Customers.AddRange(_kauri, _wattle));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysTheCheckHasNotRun_BeforeTheFirstRun()
    {
        SignIn(Roles.Leadership);

        var cut = Context.Render<DriftReportPage>();

        cut.WaitForAssertion(() => Assert.Contains("has not run yet", cut.Find("[data-testid=drift-empty]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=drift-list]"));
    }

    [Fact]
    public async Task SaysTheSystemsAgree_WhenARunFoundNothing()
    {
        SignIn(Roles.Leadership);
        await _database.SeedAsync(db => db.DriftRuns.Add(Run(2)));

        var cut = Context.Render<DriftReportPage>();

        cut.WaitForAssertion(() => Assert.Contains("the CRM and the ERP agree", cut.Find("[data-testid=drift-empty]").TextContent));
    }

    [Fact]
    public async Task ListsOpenDifferences_WithBothValuesSideBySide_AndNoProposeButtonForLeadership()
    {
        SignIn(Roles.Leadership);
        await SeedAsync();

        var cut = Context.Render<DriftReportPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=drift-list] tbody tr").Count));
        Assert.Equal(["09 379 1234", "+61 2 9999 0000"], cut.FindAll("[data-testid=crm-value]").Select(c => c.TextContent.Trim()).Order().Reverse());
        Assert.Contains("+64 9 555 0000", cut.Markup);
        Assert.DoesNotContain("Old name", cut.Markup);
        Assert.Empty(cut.FindAll("button[aria-label^='Propose']"));
    }

    [Fact]
    public async Task FiltersByCountryAndField_FromTheAddress()
    {
        SignIn(Roles.DataSteward);
        await SeedAsync();
        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/dashboard/drift?field=phone&country=AU");

        var cut = Context.Render<DriftReportPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=drift-list] tbody tr")));
        Assert.Contains("Wattle Supplies", cut.Find("[data-testid=drift-list]").TextContent);
        Assert.Single(cut.FindAll("button[aria-label^='Propose']"));
        Assert.Contains("field=phone&country=AU", cut.Find("[data-testid=export-csv]").GetAttribute("href"));
    }

    [Fact]
    public async Task DashboardCard_CountsOpenDifferencesByField_AndLinksToTheList()
    {
        await SeedAsync();
        var summary = await new GetDriftSummaryQuery(_database.Contexts).ExecuteAsync(null, CancellationToken.None);

        var cut = Context.Render<DriftSummaryCard>(p => p.Add(x => x.Summary, summary));

        Assert.Equal("2", cut.Find("[data-testid=drift-count-phone]").TextContent);
        Assert.Equal("0", cut.Find("[data-testid=drift-count-email]").TextContent);
        Assert.Contains("2 differences", cut.Find("[data-testid=drift-total]").TextContent);
        Assert.NotEmpty(cut.FindAll("a[href='/dashboard/drift?field=phone']"));
    }

    [Fact]
    public void DashboardCard_SaysNotCheckedYet_BeforeTheFirstRun()
    {
        var cut = Context.Render<DriftSummaryCard>(p => p.Add(x => x.Summary, new DriftSummary([], null, 0)));

        Assert.Contains("Not checked yet", cut.Find("[data-testid=drift-not-run]").TextContent);
    }

    private void SignIn(string role) =>
        Context.AddAuthorization().SetAuthorized("Mere Parata").SetRoles(role)
            .SetPolicies(role == Roles.DataSteward ? [Policies.DriftReport, Policies.Stewardship] : [Policies.DriftReport]);

    private Task SeedAsync() => _database.SeedAsync(db =>
    {
        db.DriftRuns.Add(Run(2));
        db.DriftFindings.Add(Finding(_kauri, "09 379 1234", "+64 9 555 0000"));
        db.DriftFindings.Add(Finding(_wattle, "+61 2 9999 0000", "+61 2 9999 1111"));
        var resolved = Finding(_kauri, "Old name", "Older name");
        resolved.Field = SharedField.Name;
        resolved.ResolvedAt = HubRecords.Now;
        db.DriftFindings.Add(resolved);
    });

    private static DriftRun Run(int compared) => new() { StartedAt = HubRecords.Now, FinishedAt = HubRecords.Now, CustomersCompared = compared };

    private static DriftFinding Finding(Customer customer, string crm, string erp) => new()
    {
        CustomerId = customer.Id,
        Field = SharedField.Phone,
        CrmValue = crm,
        ErpValue = erp,
        OwnerSystem = SourceSystem.Crm,
        CountryCode = customer.CountryCode,
        DetectedAt = HubRecords.Now,
        LastCheckedAt = HubRecords.Now,
    };
}
