using System.Net.Http.Headers;
using System.Text.Json;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>
/// Aroha converts a quote that fails the credit check, asks credit for an override, Mei approves it, and the second
/// conversion makes the order in the ERP emulator and shows it on the 360 page (JOURNEYS.md).
/// </summary>
public sealed class ConversionsTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task AQuoteOverTheCreditLimit_ConvertsAfterACreditControllerApprovesAnOverride()
    {
        await app.PullBothSystemsOnceAsync();
        var (customerId, name, quoteNumber, crmQuoteId) = await QuoteOverTheLimitAsync();
        var rep = await app.NewPageAsync();
        await rep.SignInAsync("Aroha Ngata", $"/customers/{customerId}");
        var convert = rep.GetByRole(AriaRole.Button, new() { Name = $"Convert {quoteNumber} to an ERP order" });
        await convert.ClickAsync();
        await Expect(rep.GetByTestId("convert-result")).ToContainTextAsync("Not converted", new() { Timeout = 30_000 });
        await rep.GetByTestId("convert-ask-credit").ClickAsync();
        var dialog = rep.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Reason").FillAsync("Long-standing customer, payment promised Friday");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send to credit control" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var credit = await app.NewPageAsync();
        await credit.SignInAsync("Mei Chen", "/credit-requests");
        var approve = credit.GetByRole(AriaRole.Button, new() { Name = $"Approve the credit request for {name}" });
        await approve.First.ClickAsync();
        await Expect(approve).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        await convert.ClickAsync();
        var orderNumber = rep.GetByTestId("convert-order-number");
        await Expect(orderNumber).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var number = (await orderNumber.TextContentAsync())!.Trim();
        Assert.Equal(number, await ErpOrderNumberAsync(Guid.Parse(crmQuoteId).ToString("N")));
        await rep.ReloadAsync();
        await rep.WaitForInteractiveAsync();
        await Expect(rep.Locator("[aria-label='Quotes']")).ToContainTextAsync($"In the ERP as {number}", new() { Timeout = 15_000 });
    }

    private async Task<string?> ErpOrderNumberAsync(string externalDocumentNumber)
    {
        using var companies = await SandboxGetAsync("erp/v2.0/sandbox/production/api/v2.0/companies");
        var company = companies.RootElement.GetProperty("value")[0].GetProperty("id").GetString();
        using var json = await SandboxGetAsync($"erp/v2.0/sandbox/production/api/v2.0/companies({company})/salesOrders?$filter=externalDocumentNumber eq '{externalDocumentNumber}'");
        var orders = json.RootElement.GetProperty("value");
        Assert.Equal(1, orders.GetArrayLength());
        return orders[0].GetProperty("number").GetString();
    }

    private async Task<JsonDocument> SandboxGetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = app.SandboxAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxPortalFixture.AccessToken);
        var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>
    /// An open or won quote of an ERP-linked customer whose balance is over its limit (the seed plants some), with a
    /// valid-until date ahead and a business number; of those, one whose earlier attempt failed on credit alone comes first.
    /// </summary>
    private async Task<(Guid CustomerId, string Name, string QuoteNumber, string CrmQuoteId)> QuoteOverTheLimitAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.Id, c.DisplayName, q.QuoteNumber, q.CrmQuoteId FROM Quotes q
            JOIN Customers c ON c.Id = q.CustomerId
            JOIN SourceLinks erp ON erp.CustomerId = c.Id AND erp.System = 'Erp' AND erp.IsDeletedAtSource = 0 AND erp.MergedFromCustomerId IS NULL
            JOIN CreditProfiles p ON p.CustomerId = c.Id
            WHERE q.State IN ('Active', 'Won') AND q.ErpOrderNumber IS NULL AND c.Status <> 'Merged'
              AND CAST(p.CreditLimit AS REAL) > 0 AND CAST(p.Balance AS REAL) > CAST(p.CreditLimit AS REAL)
              AND (q.ValidUntil IS NULL OR q.ValidUntil >= date('now')) AND c.BusinessNumber IS NOT NULL
              AND (SELECT COUNT(*) FROM Customers d WHERE d.DisplayName = c.DisplayName) = 1
            ORDER BY (SELECT COUNT(*) FROM ConversionIssues i WHERE i.QuoteId = q.Id AND i.Status = 'Open' AND i.Cause <> 'CreditLimitExceeded'), q.QuoteNumber
            LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The seed planted no open quote for a customer over its credit limit.");
        return (Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3));
    }
}
