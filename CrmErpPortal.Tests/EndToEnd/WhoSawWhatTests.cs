using CrmErpPortal.Data;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>A rep opens a customer's page; the privacy officer then sees who opened it (NZ IPP 5, AU APP 11).</summary>
public sealed class WhoSawWhatTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task EachOpeningOfTheCustomerPageIsOneViewEvent_AndThePrivacyOfficerSeesWhoViewed()
    {
        var customer = HubRecords.Customer("Tūī Electrical Ltd");
        await using (var db = Hub())
        {
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
        }

        var rep = await app.NewPageAsync();
        await rep.SignInAsync("Aroha Ngata", $"/customers/{customer.Id}");
        await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Tūī Electrical Ltd", Level = 1 })).ToBeVisibleAsync();
        await ViewCountReachesAsync(customer.Id, 1);
        await rep.ReloadAsync();
        await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Tūī Electrical Ltd", Level = 1 })).ToBeVisibleAsync();
        await ViewCountReachesAsync(customer.Id, 2);

        var officer = await app.NewPageAsync();
        await officer.SignInAsync("Grace Tupou", $"/privacy/views?customer={customer.Id}");

        var log = officer.Locator("[aria-label='Access log']");
        await Expect(log.GetByTestId("access-user")).ToHaveTextAsync(["Aroha Ngata", "Aroha Ngata"]);
        Assert.Equal(2, await ViewCountAsync(customer.Id));
    }

    private PortalDbContext Hub() =>
        new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={app.DatabasePath}").Options);

    private async Task<int> ViewCountAsync(Guid customer)
    {
        await using var db = Hub();
        return await db.AuditEvents.CountAsync(a => a.Action == "Viewed" && a.EntityId == customer.ToString());
    }

    private async Task ViewCountReachesAsync(Guid customer, int expected)
    {
        await TestWait.ForAsync(async () => await ViewCountAsync(customer) >= expected ? "done" : null, TimeSpan.FromSeconds(15), $"{expected} view events");
        Assert.Equal(expected, await ViewCountAsync(customer));
    }
}
