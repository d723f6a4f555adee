using System.Text.RegularExpressions;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

public sealed class ShellTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Theory]
    [InlineData("Aroha Ngata", "Sales rep", "Home|Customers|My requests|My conversions")]
    [InlineData("Liam O'Connell", "Data steward", "Home|Customers|My requests|Approvals|Stuck conversions|Duplicates|Data quality|Drift report|Sync monitor|Dead letters")]
    [InlineData("Mei Chen", "Credit controller", "Home|Customers|My requests|Approvals|Stuck conversions|Credit requests")]
    [InlineData("Sam Whitfield", "Leadership", "Home|Customers|My requests|Dashboard|Drift report")]
    [InlineData("Grace Tupou", "Privacy officer", "Home|Customers|My requests|Access requests|Corrections|Retention|Who saw what|Breaches")]
    [InlineData("Priya Raman", "Admin", "Home|Customers|My requests|My conversions|Approvals|Stuck conversions|Duplicates|Data quality|Dashboard|Drift report|Sync monitor|Dead letters|Background jobs")]
    public async Task EachPersonaSignsIn_AndSeesTheirRolesMenu(string name, string role, string menu)
    {
        var page = await app.NewPageAsync();

        await page.SignInAsync(name);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Kia ora, {name.Split(' ')[0]}");
        await Expect(page.MainNavigation().GetByRole(AriaRole.Link)).ToHaveTextAsync(menu.Split('|'));
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("user-roles")).ToHaveTextAsync(role);
    }

    [Fact]
    public async Task DarkMode_IsRememberedAcrossVisits()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Sam Whitfield");
        var lightBackground = await BackgroundAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        Assert.NotEqual(lightBackground, await BackgroundAsync(page));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Mei Chen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/customers");

        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fcustomers"));
    }

    [Fact]
    public async Task TheAppBarSearch_OpensTheCustomerSearch()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Aroha Ngata");

        await page.GetByRole(AriaRole.Banner).GetByLabel("Search customers").FillAsync("Kiwi Plumbing");
        await page.GetByRole(AriaRole.Banner).GetByLabel("Search customers").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/customers\\?q=Kiwi%20Plumbing$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Customers");
        await Expect(page.GetByText("No customers in the hub yet.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task APageForAnotherRole_SaysAccessDenied()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Aroha Ngata");

        await page.GotoAsync("/dashboard");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await Expect(page.GetByText("This page is not part of the Sales rep role")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AdminOpensTheJobsDashboard_FromTheMenu()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Priya Raman");

        await page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Background jobs" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/hangfire"));
        await Expect(page.GetByText("CrmErpPortal jobs").First).ToBeVisibleAsync();
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
