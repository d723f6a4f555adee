using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Features.Privacy.WhoSawWhat;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.Privacy;

public sealed class WhoSawWhatPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton<NameVocabulary>();
        Context.Services.AddScoped<SearchCustomersQuery>();
        Context.Services.AddScoped<ListPersonalDataAccessQuery>();
        Context.Services.AddScoped<ListViewingAlertsQuery>();
        Context.Services.AddScoped<AcknowledgeViewingAlertCommand>();
        Context.AddAuthorization().SetAuthorized("Grace Tupou").SetRoles(Roles.PrivacyOfficer).SetPolicies(Policies.Privacy);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysToSearchForAPerson_WhenNoneIsChosen_AndThatThereAreNoAlerts()
    {
        var cut = Context.Render<WhoSawWhatPage>();

        cut.WaitForAssertion(() => Assert.Contains("Search above for the person", cut.Find("[data-testid=who-saw-what-empty]").TextContent));
        Assert.Contains("No alerts", cut.Find("[data-testid=alerts-empty]").TextContent);
        Assert.Equal("0 open", cut.Find("[data-testid=open-alert-count]").TextContent.Trim());
    }
}
