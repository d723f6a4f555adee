using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>What a person does on the portal's pages, located by role and label as they would find it.</summary>
public static class PortalPage
{
    public static async Task SignInAsync(this IPage page, string displayName, string path = "/")
    {
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {displayName}" }).ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Prerendered HTML shows before the circuit connects, and clicks made then are lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Expect(page.Locator(".mud-layout[data-interactive='true']")).ToBeVisibleAsync();

    public static ILocator MainNavigation(this IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
}
