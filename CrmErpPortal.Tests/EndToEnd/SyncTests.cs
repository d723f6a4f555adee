using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>What Liam and Priya do with sync in the embedded default (JOURNEYS.md), in a real browser.</summary>
public sealed class SyncTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task AnAccountCreatedInTheCrm_IsFoundAfterOnePull()
    {
        await CreateCrmAccountAsync("Kererū Couriers Ltd");
        var page = await app.NewPageAsync();
        await page.SignInAsync("Liam O'Connell", "/sync");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pull CRM now" }).ClickAsync();
        await Expect(EntityRow(page, "accounts")).ToContainTextAsync("Succeeded", new() { Timeout = 90_000 });
        await page.GotoAsync("/customers?q=Kereru%20Couriers");

        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Kererū Couriers Ltd" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task AnErpOutage_IsExplainedOnTheMonitor_AndRetryRecovers()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Priya Raman", "/sandbox");
        var erp = page.Locator(".mud-paper").Filter(new() { HasText = "ERP (Business Central)" });
        await erp.GetByLabel("Outage (every call answers 503)").CheckAsync();
        await erp.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByText("ERP (Business Central): faults updated.")).ToBeVisibleAsync();

        await page.GotoAsync("/sync");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pull ERP now" }).ClickAsync();
        var customers = EntityRow(page, "customers");
        await Expect(customers).ToContainTextAsync("ERP (Business Central)", new() { Timeout = 90_000 });
        await Expect(customers).ToContainTextAsync("Nothing was lost");

        await page.GotoAsync("/sandbox");
        await page.WaitForInteractiveAsync();
        await erp.GetByLabel("Outage (every call answers 503)").UncheckAsync();
        await erp.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByText("ERP (Business Central): faults updated.")).ToBeVisibleAsync();
        await page.GotoAsync("/sync");
        await page.WaitForInteractiveAsync();
        await customers.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();

        await Expect(customers).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
    }

    private static ILocator EntityRow(IPage page, string entity) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = entity, Exact = true }) }).First;

    private async Task CreateCrmAccountAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.SandboxAddress, "crm/api/data/v9.2/") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SandboxPortalFixture.AccessToken);
        using var response = await http.PostAsJsonAsync("accounts", new { name, address1_country = "New Zealand", telephone1 = "03 477 1234" });
        response.EnsureSuccessStatusCode();
    }
}
