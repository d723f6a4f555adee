using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.QualityFindings;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmErpPortal.Tests.Components.DataQuality;

/// <summary>The data-quality page on a real SQLite hub.</summary>
public sealed class DataQualityPageTests : PortalComponentTest, IAsyncLifetime
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
        Context.Services.AddScoped<ListOpenFindingsQuery>();
        Context.Services.AddScoped<CountOpenFindingsQuery>();
        Context.Services.AddScoped<DraftChangeRequestCommand>();
        Context.AddAuthorization().SetAuthorized("Mere Parata").SetRoles(Roles.DataSteward);
        await _database.SeedAsync(db => db.Customers.AddRange(_kauri, _wattle));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysSoPlainly_WhenThereAreNoOpenFindings()
    {
        var cut = Context.Render<DataQualityPage>();

        cut.WaitForAssertion(() => Assert.Contains("No open findings", cut.Find("[data-testid=no-findings]").TextContent));
        Assert.Empty(cut.FindAll("table[aria-label='Open data-quality findings']"));
    }

    [Fact]
    public async Task ListsOpenFindings_LinkingEachToItsCustomer_AndCountsThemByRuleAndField()
    {
        await _database.SeedAsync(db =>
        {
            db.DataQualityFindings.Add(HubRecords.Finding(_kauri, "BusinessNumber", FindingRules.AbnInvalid, "ABN check digits do not match — check for a typo"));
            db.DataQualityFindings.Add(HubRecords.Finding(_kauri, "Phone", FindingRules.PhoneInvalid, "Phone number is too short"));
            var resolved = HubRecords.Finding(_wattle, "Phone", FindingRules.PhoneInvalid, "Phone number is too long");
            resolved.ResolvedAt = HubRecords.Now;
            db.DataQualityFindings.Add(resolved);
        });

        var cut = Context.Render<DataQualityPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Contains("ABN check digits do not match", cut.Markup);
        Assert.DoesNotContain("too long", cut.Markup);
        Assert.All(cut.FindAll($"a[href='/customers/{_kauri.Id}']"), a => Assert.Equal("Kauri Joinery Ltd", a.TextContent));
        Assert.Equal(2, cut.FindAll($"a[href='/customers/{_kauri.Id}']").Count);
        Assert.Equal(2, cut.FindAll("[data-testid=count-row]").Count);
        Assert.Equal(2, cut.FindAll("button[aria-label^='Propose a correction']").Count);
    }

    [Fact]
    public async Task ProposingACorrection_SavesADraftChangeRequestFromDataQuality()
    {
        await _database.SeedAsync(db => db.DataQualityFindings.Add(
            HubRecords.Finding(_wattle, "BusinessNumber", FindingRules.AbnInvalid, "ABN check digits do not match — check for a typo")));
        var dialogs = Context.Render<MudDialogProvider>();
        var cut = Context.Render<DataQualityPage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label^='Propose a correction']"));

        cut.Find("button[aria-label^='Propose a correction']").Click(); // not awaited: the handler waits for the dialog to close
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=change-save]"));
        dialogs.Find("input[data-testid=change-new-value], [data-testid=change-new-value] input").Change("51 824 753 556");
        dialogs.Find("textarea[data-testid=change-reason], [data-testid=change-reason] textarea").Change("ABN from the ABR lookup");
        dialogs.Find("[data-testid=change-save]").Click();

        await using var db = await _database.Contexts.CreateDbContextAsync();
        dialogs.WaitForAssertion(() => Assert.Equal(1, db.ChangeRequests.Count()));
        var request = await db.ChangeRequests.Include(r => r.Fields).SingleAsync();
        Assert.Equal(ChangeSource.DataQuality, request.Source);
        Assert.Equal(("BusinessNumber", "51824753556"), (request.Fields.Single().FieldName, request.Fields.Single().NewValue));
    }
}
