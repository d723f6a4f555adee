using System.Net.Http.Headers;
using System.Text.Json;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>
/// Aroha asks for a change, someone else approves it, and it lands in the system that owns the field (JOURNEYS.md):
/// a phone change decided by a data steward reaches the CRM emulator; a credit limit waits for a credit controller.
/// </summary>
public sealed class ChangeRequestsTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task ARepsPhoneChange_ApprovedByADataSteward_ReachesTheCrm_AndThe360Page()
    {
        await app.PullBothSystemsOnceAsync();
        var (customerId, crmAccountId, _, name) = await LinkedCustomerAsync();
        var rep = await app.NewPageAsync();
        await rep.SignInAsync("Aroha Ngata", $"/customers/{customerId}");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Request a change to phone" }).ClickAsync();
        var dialog = rep.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("New phone").FillAsync("+64 21 555 0199");
        await dialog.GetByLabel("Reason").FillAsync("Customer rang with their new number");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        var requests = rep.GetByRole(AriaRole.Region, new() { Name = "Change requests" });
        await Expect(requests.GetByTestId("change-status").First).ToHaveTextAsync("Waiting for approval");

        var steward = await app.NewPageAsync();
        await steward.SignInAsync("Liam O'Connell", "/approvals");
        await steward.GetByRole(AriaRole.Button, new() { Name = $"Open the request for {name}" }).First.ClickAsync();
        var detail = steward.GetByTestId("approval-detail");
        await Expect(detail.GetByTestId("approval-reason")).ToContainTextAsync("Customer rang with their new number");
        await detail.GetByTestId("decision-approve").ClickAsync();
        await Expect(steward.GetByRole(AriaRole.Button, new() { Name = $"Open the request for {name}" })).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        await TestWait.ForAsync(async () => await CrmPhoneAsync(crmAccountId) is "+64215550199" ? "pushed" : null, TimeSpan.FromSeconds(60), "the phone to reach the CRM emulator");
        await rep.ReloadAsync();
        await Expect(rep.GetByRole(AriaRole.Region, new() { Name = "Change requests" }).GetByTestId("change-status").First).ToHaveTextAsync("Done", new() { Timeout = 30_000 });
        await Expect(rep.Locator("[aria-label='Customer details']")).ToContainTextAsync("+64215550199");
    }

    [Fact]
    public async Task ACreditLimitChange_IsNotADataStewardsToDecide_ACreditControllerApprovesIt_AndTheErpHasIt()
    {
        await app.PullBothSystemsOnceAsync();
        var (customerId, _, erpCustomerId, name) = await LinkedCustomerAsync(skip: 1);
        var rep = await app.NewPageAsync();
        await rep.SignInAsync("Aroha Ngata", $"/customers/{customerId}");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Request a change to credit limit" }).ClickAsync();
        var dialog = rep.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("New credit limit").FillAsync("77,500");
        await dialog.GetByLabel("Reason").FillAsync("Signed the 2027 supply contract");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var steward = await app.NewPageAsync();
        await steward.SignInAsync("Liam O'Connell", "/approvals");
        await Expect(steward.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(steward.GetByRole(AriaRole.Button, new() { Name = $"Open the request for {name}" })).ToHaveCountAsync(0);

        var credit = await app.NewPageAsync();
        await credit.SignInAsync("Mei Chen", "/approvals");
        await credit.GetByRole(AriaRole.Button, new() { Name = $"Open the request for {name}" }).First.ClickAsync();
        await credit.GetByTestId("approval-detail").GetByTestId("decision-approve").ClickAsync();

        await TestWait.ForAsync(async () => await ErpCreditLimitAsync(erpCustomerId) == 77500m ? "pushed" : null, TimeSpan.FromSeconds(60), "the credit limit to reach the ERP emulator");
    }

    private async Task<string?> CrmPhoneAsync(string accountId)
    {
        using var json = await SandboxGetAsync($"crm/api/data/v9.2/accounts({accountId})?$select=telephone1");
        return json.RootElement.GetProperty("telephone1").GetString();
    }

    private async Task<decimal> ErpCreditLimitAsync(string customerId)
    {
        using var companies = await SandboxGetAsync("erp/v2.0/sandbox/production/api/v2.0/companies");
        var company = companies.RootElement.GetProperty("value")[0].GetProperty("id").GetString();
        using var json = await SandboxGetAsync($"erp/v2.0/sandbox/production/api/v2.0/companies({company})/customers({customerId})");
        return json.RootElement.GetProperty("creditLimit").GetDecimal();
    }

    private async Task<JsonDocument> SandboxGetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = app.SandboxAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxPortalFixture.AccessToken);
        var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>A customer the pulls linked to both systems, with a phone and a credit profile (the seed is generated).</summary>
    private async Task<(Guid Id, string CrmAccountId, string ErpCustomerId, string Name)> LinkedCustomerAsync(int skip = 0)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.Id, crm.ExternalId, erp.ExternalId, c.DisplayName FROM Customers c
            JOIN SourceLinks crm ON crm.CustomerId = c.Id AND crm.System = 'Crm' AND crm.IsDeletedAtSource = 0 AND crm.MergedFromCustomerId IS NULL
            JOIN SourceLinks erp ON erp.CustomerId = c.Id AND erp.System = 'Erp' AND erp.IsDeletedAtSource = 0 AND erp.MergedFromCustomerId IS NULL
            WHERE c.PhoneE164 IS NOT NULL AND c.Status <> 'Merged'
              AND EXISTS (SELECT 1 FROM CreditProfiles p WHERE p.CustomerId = c.Id)
              AND (SELECT COUNT(*) FROM Customers d WHERE d.DisplayName = c.DisplayName) = 1
            ORDER BY c.DisplayName LIMIT 1 OFFSET {skip}
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The pulls linked no customer to both systems.");
        return (Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3));
    }
}
