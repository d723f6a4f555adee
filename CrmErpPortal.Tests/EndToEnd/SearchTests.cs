using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>Aroha presses "/", types half a name with a typo, and opens the customer (JOURNEYS.md, 8:55).</summary>
public sealed class SearchTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task ATypoStillFindsTheCustomer_AndEnterOpensTheirPage()
    {
        await CreateCrmAccountAsync("Kōwhai Plumbing Limited");
        await PullCrmAsync();
        var page = await app.NewPageAsync();
        await page.SignInAsync("Aroha Ngata");

        var box = page.GetByRole(AriaRole.Banner).GetByLabel("Search customers");
        await Expect(box).ToBeVisibleAsync();
        // On a loaded machine the "/" shortcut's script may attach a moment after the page shows: press until it has.
        for (var tries = 0; tries < 20 && !await box.EvaluateAsync<bool>("e => e === document.activeElement"); tries++)
        {
            await page.Keyboard.PressAsync("/");
            await Task.Delay(250);
        }

        await Expect(box).ToBeFocusedAsync();
        await Expect(box).ToHaveValueAsync(string.Empty);
        // Typed key by key with no pause, the way a rep types: no keystroke may be lost to the circuit.
        await page.Keyboard.TypeAsync("Kowhai Plumbng");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/customers\\?q=Kowhai%20Plumbng"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kōwhai Plumbing Limited" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Kōwhai Plumbing Limited" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kōwhai Plumbing Limited", Level = 1 })).ToBeVisibleAsync();
    }

    private async Task PullCrmAsync()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Liam O'Connell", "/sync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pull CRM now" }).ClickAsync();
        var accounts = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "accounts", Exact = true }) }).First;
        await Expect(accounts).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
        await page.Context.CloseAsync();
    }

    private async Task CreateCrmAccountAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.SandboxAddress, "crm/api/data/v9.2/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxPortalFixture.AccessToken);
        using var response = await http.PostAsJsonAsync("accounts", new { name, address1_country = "New Zealand", telephone1 = "07 838 1234" });
        response.EnsureSuccessStatusCode();
    }
}
