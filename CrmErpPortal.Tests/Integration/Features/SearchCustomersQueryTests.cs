using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features;

public sealed class SearchCustomersQueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private Customer _kiwi = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _kiwi = Named("Kiwi Plumbing Ltd");
        _kiwi.CustomerNumber = "C10042";
        _kiwi.Email = "accounts@kiwiplumbing.co.nz";
        _kiwi.PhoneE164 = "+6493001234";
        _kiwi.BusinessNumber = "9429041234567";
        var merged = Named("Kiwi Plumbing Limited", CustomerStatus.Merged);
        var harbour = Named("Harbour Electrical Pty Ltd", country: "AU");
        harbour.BusinessNumber = "51824753556";
        harbour.PhoneE164 = "+61291234567";
        var kiwiFruit = Named("Kiwifruit Growers Co-op");
        var plumbingKiwi = Named("Auckland Plumbing and Kiwi Gas");
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, merged, harbour, kiwiFruit, plumbingKiwi);
            db.SourceLinks.Add(HubRecords.Link(_kiwi, SourceSystem.Erp));
            var crm = HubRecords.Link(harbour, SourceSystem.Crm);
            crm.ExternalNumber = "ACC-7781";
            db.SourceLinks.Add(crm);
            db.Contacts.Add(new Contact { CustomerId = harbour.Id, CrmContactId = "c1", FirstName = "Aroha", LastName = "Ngata", Email = "aroha@harbour.com.au", MobileE164 = "+61412345678" });
            db.CreditProfiles.Add(HubRecords.Credit(_kiwi, "NZD", limit: 1000, balance: 950, overdue: 10));
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("kiwi plum")]
    [InlineData("PLUMBING")]
    [InlineData("Kiwi Plumbng")]
    [InlineData("kiwi plumbing limited")]
    [InlineData("C10042")]
    [InlineData("accounts@kiwiplumbing.co.nz")]
    [InlineData("kiwiplumbing")]
    [InlineData("09 300 1234")]
    [InlineData("+64 9 300 1234")]
    [InlineData("093001234")]
    [InlineData("9429041234567")]
    [InlineData("94 2904 1234 567")]
    public async Task FindsTheGoldenRecord_ButNotTheMergedOne(string term)
    {
        var result = await SearchAsync(term);

        var hit = result.Hits.First();
        Assert.Equal("Kiwi Plumbing Ltd", hit.DisplayName);
        Assert.True(hit.InErp);
        Assert.False(hit.InCrm);
        Assert.DoesNotContain(result.Hits, h => h.DisplayName == "Kiwi Plumbing Limited");
    }

    [Theory]
    [InlineData("51824753556")]
    [InlineData("51 824 753 556")]
    [InlineData("ACC-7781")]
    [InlineData("harbour electrical")]
    [InlineData("Ngata")]
    [InlineData("aroha ngat")]
    [InlineData("aroha@harbour")]
    [InlineData("(02) 9123 4567")] // also a well-formed NZ 029 mobile: both readings are looked up
    [InlineData("+61 2 9123 4567")]
    [InlineData("0412 345 678")] // the contact's mobile
    public async Task FindsAnAustralianCustomer_ByBusinessNumberAccountNumberOrContact(string term)
    {
        var result = await SearchAsync(term);

        Assert.Equal("Harbour Electrical Pty Ltd", result.Hits.First().DisplayName);
    }

    [Fact]
    public async Task RanksNameStartsWith_BeforeWordPrefix()
    {
        var result = await SearchAsync("kiwi");

        Assert.Equal(["Kiwi Plumbing Ltd", "Kiwifruit Growers Co-op", "Auckland Plumbing and Kiwi Gas"], result.Hits.Select(h => h.DisplayName));
        Assert.StartsWith("Name starts with", result.Hits[0].MatchedOn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaysWhichSpellingItUsed_ForATypo()
    {
        var result = await SearchAsync("Kiwi Plumbng");

        Assert.Equal("Did you mean kiwi plumbing", result.Hits[0].MatchedOn);
    }

    [Fact]
    public async Task ShowsCreditNearLimitAndOverdue()
    {
        var hit = (await SearchAsync("C10042")).Hits.Single();

        Assert.Equal(CreditStatus.NearLimit, hit.Credit);
        Assert.True(hit.IsOverdue);
        Assert.Equal("Customer number", hit.MatchedOn);
    }

    [Fact]
    public async Task ForgetsTheOldName_WhenACustomerIsRenamed()
    {
        await using (var db = _database.Contexts.CreateDbContext())
        {
            var kiwi = await db.Customers.SingleAsync(c => c.Id == _kiwi.Id);
            kiwi.DisplayName = "Tui Drainage Ltd";
            kiwi.NormalizedName = NameNormalizer.Normalize(kiwi.DisplayName);
            await db.SaveChangesAsync();
        }

        Assert.Equal("Tui Drainage Ltd", (await SearchAsync("tui drain")).Hits.Single().DisplayName);
        Assert.DoesNotContain((await SearchAsync("kiwi plumbing")).Hits, h => h.Id == _kiwi.Id);
    }

    [Fact]
    public async Task DropsACustomer_WhenItIsMerged()
    {
        await using (var db = _database.Contexts.CreateDbContext())
        {
            var kiwi = await db.Customers.SingleAsync(c => c.Id == _kiwi.Id);
            kiwi.Status = CustomerStatus.Merged;
            await db.SaveChangesAsync();
        }

        Assert.Empty((await SearchAsync("C10042")).Hits);
    }

    [Fact]
    public async Task ReturnsNoHits_ButCountsTheHub_ForAnEmptyQuery()
    {
        var result = await SearchAsync("  ");

        Assert.Empty(result.Hits);
        Assert.Equal(4, result.CustomersInHub);
    }

    [Fact]
    public async Task ReturnsNoHits_ForANameNobodyHas()
    {
        var result = await SearchAsync("zzyzx quorble");

        Assert.Empty(result.Hits);
        Assert.False(result.HubIsEmpty);
    }

    private Task<CustomerSearchResult> SearchAsync(string term) =>
        new SearchCustomersQuery(_database.Contexts, new NameVocabulary(TimeProvider.System))
            .ExecuteAsync(new SearchCustomersInput(term), CancellationToken.None);

    private static Customer Named(string name, CustomerStatus status = CustomerStatus.Active, string country = "NZ")
    {
        var customer = HubRecords.Customer(name, country, status: status);
        customer.NormalizedName = NameNormalizer.Normalize(name);
        return customer;
    }
}
