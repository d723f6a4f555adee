using CrmErpPortal.Tests.TestSupport;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CrmErpPortal.Tests.EndToEnd;

public sealed class AccessibilityTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task TheSignInPage_HasNoAccessibilityViolations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");

        var result = await page.RunAxe();

        Assert.True(!result.Violations.Any(), string.Join("\n", Describe(result)));
    }

    [Theory]
    [InlineData("Priya Raman", "/")]
    [InlineData("Liam O'Connell", "/sync")]
    [InlineData("Liam O'Connell", "/duplicates")]
    [InlineData("Liam O'Connell", "/duplicates/merges")]
    [InlineData("Sam Whitfield", "/dashboard")]
    [InlineData("Sam Whitfield", "/dashboard/lists/overdue")]
    [InlineData("Liam O'Connell", "/approvals")]
    [InlineData("Aroha Ngata", "/my-requests")]
    [InlineData("Liam O'Connell", "/sync/dead-letters")]
    [InlineData("Aroha Ngata", "/customers?q=kiwi")]
    [InlineData("Grace Tupou", "/privacy/access-requests")]
    [InlineData("Grace Tupou", "/privacy/access-requests/new")]
    [InlineData("Liam O'Connell", "/conversions")]
    [InlineData("Mei Chen", "/credit-requests")]
    [InlineData("Aroha Ngata", "/my-conversions")]
    [InlineData("Grace Tupou", "/privacy/views")]
    [InlineData("Grace Tupou", "/privacy/breaches")]
    [InlineData("Grace Tupou", "/privacy/breaches/new")]
    public async Task AppPages_HaveNoAccessibilityViolations(string persona, string path)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(persona, path);

        var result = await page.RunAxe();

        Assert.True(!result.Violations.Any(), string.Join("\n", Describe(result)));
    }

    private static IEnumerable<string> Describe(AxeResult result) =>
        result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" ; ", v.Nodes.Select(n => n.Target?.ToString() + " " + n.Html))}");
}
