using System.Text.RegularExpressions;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>Aroha's 8:55 call (JOURNEYS.md): the customer's page with contacts and credit, through an ERP outage.</summary>
public sealed class Customer360Tests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task ARepSeesContactsAndLiveCredit_ThenStaleFiguresDuringAnOutage_AndLiveAgainAfterRetry()
    {
        await app.PullBothSystemsOnceAsync();
        var (id, name) = await CustomerWithCreditAndContactsAsync();
        var page = await app.NewPageAsync();
        await page.SignInAsync("Aroha Ngata", $"/customers/{id}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        var contacts = page.GetByRole(AriaRole.Region, new() { Name = "Contacts" });
        await Expect(contacts.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        var freshness = page.GetByTestId("credit-freshness");
        await Expect(freshness).ToContainTextAsync("live as of", new() { Timeout = 15_000 });
        var orders = page.GetByRole(AriaRole.Region, new() { Name = "Sales orders" });
        await Expect(orders.GetByTestId("order-status").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("orders-freshness")).ToContainTextAsync("status live as of", new() { Timeout = 15_000 });

        await SetErpOutageAsync(true);
        await page.GotoAsync($"/customers/{id}");
        var retry = page.GetByRole(AriaRole.Button, new() { Name = "Retry live credit" });
        await Expect(retry).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(freshness).ToContainTextAsync(new Regex("cached as of .* — ERP (unreachable|did not answer)"));
        await Expect(orders.GetByText("Showing cached order status")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await SetErpOutageAsync(false);
        await retry.ClickAsync();
        await Expect(freshness).ToContainTextAsync("live as of", new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Retry live order status" }).ClickAsync();
        await Expect(page.GetByTestId("orders-freshness")).ToContainTextAsync("status live as of", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task ARepRequestsAPhoneChange_IsToldWhatIsWrongFirst_ThenSeesTheDraftOnThePage()
    {
        await app.PullBothSystemsOnceAsync();
        var (id, _) = await CustomerWithCreditAndContactsAsync();
        var page = await app.NewPageAsync();
        await page.SignInAsync("Aroha Ngata", $"/customers/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Request a change to phone" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var newValue = dialog.GetByLabel("New phone");
        await newValue.FillAsync("12");
        await dialog.GetByLabel("Reason").FillAsync("Customer rang with their new number");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save draft request" }).ClickAsync();
        await Expect(dialog.GetByText("Phone number is too short")).ToBeVisibleAsync();

        await newValue.FillAsync("+64 21 555 0123");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save draft request" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var requests = page.GetByRole(AriaRole.Region, new() { Name = "Change requests" });
        await Expect(requests).ToContainTextAsync("+64215550123");
        await Expect(requests.GetByTestId("change-status")).ToHaveTextAsync("Draft (not yet submitted)");
    }

    private async Task SetErpOutageAsync(bool on)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Priya Raman", "/sandbox");
        var erp = page.Locator(".mud-paper").Filter(new() { HasText = "ERP (Business Central)" });
        await erp.GetByLabel("Outage (every call answers 503)").SetCheckedAsync(on);
        await erp.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByText("ERP (Business Central): faults updated.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    // The Demo seed is generated, so the test asks the hub for a customer the pulls linked to both systems.
    private async Task<(Guid Id, string Name)> CustomerWithCreditAndContactsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.Id, c.DisplayName FROM Customers c
            WHERE EXISTS (SELECT 1 FROM CreditProfiles p WHERE p.CustomerId = c.Id)
              AND EXISTS (SELECT 1 FROM Contacts k WHERE k.CustomerId = c.Id)
              AND EXISTS (SELECT 1 FROM SalesOrders o WHERE o.CustomerId = c.Id)
            ORDER BY c.DisplayName LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The pulls linked no customer to both systems.");
        return (Guid.Parse(reader.GetString(0)), reader.GetString(1));
    }
}
