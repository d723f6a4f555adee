using Bunit;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.Customers;

public sealed class CustomerSearchPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(new NameVocabulary(TimeProvider.System));
        Context.Services.AddScoped<SearchCustomersQuery>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ShowsARowWithLinkCreditOverdueAndWhy_WhenTheQueryMatches()
    {
        var kiwi = await SeedKiwiAsync();

        var cut = RenderAt("kiwi plumbng");

        cut.WaitForAssertion(() => Assert.Equal($"/customers/{kiwi}", cut.Find("tbody a").GetAttribute("href")));
        Assert.Contains("Over limit", cut.Markup);
        Assert.Contains("Overdue", cut.Markup);
        Assert.Contains("Did you mean kiwi plumbing", cut.Markup);
    }

    [Fact]
    public async Task SaysWhatToTry_WhenNothingMatches()
    {
        await SeedKiwiAsync();

        var cut = RenderAt("zzyzx");

        cut.WaitForAssertion(() => Assert.Contains("No customer matches “zzyzx”. Try fewer words", cut.Markup));
    }

    [Fact]
    public void SaysTheHubIsEmpty_BeforeTheFirstSync()
    {
        var cut = RenderAt("kiwi");

        cut.WaitForAssertion(() => Assert.Contains("No customers in the hub yet", cut.Markup));
    }

    [Fact]
    public async Task OpensTheSelectedCustomer_OnArrowDownThenEnter()
    {
        var kiwi = await SeedKiwiAsync();
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var cut = RenderAt("kiwi");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tbody tr")));

        await cut.Find("input").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowDown" });
        await cut.Find("input").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.EndsWith($"/customers/{kiwi}", navigation.Uri, StringComparison.Ordinal);
    }

    private IRenderedComponent<CustomerSearchPage> RenderAt(string q)
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/customers?q={Uri.EscapeDataString(q)}");
        return Context.Render<CustomerSearchPage>();
    }

    private async Task<Guid> SeedKiwiAsync()
    {
        var kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
        kiwi.NormalizedName = NameNormalizer.Normalize(kiwi.DisplayName);
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(kiwi);
            db.CreditProfiles.Add(HubRecords.Credit(kiwi, "NZD", limit: 1000, balance: 1200, overdue: 50));
        });
        return kiwi.Id;
    }
}
