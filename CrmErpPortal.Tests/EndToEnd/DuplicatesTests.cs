using System.Text.RegularExpressions;
using CrmErpPortal.Tests.TestSupport;
using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>Liam's morning (JOURNEYS.md): the queue after a sync, why a pair scored high, merge, the survivor's page, unmerge.</summary>
public sealed class DuplicatesTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task AStewardRescores_ReadsWhyAPairScoredHigh_Merges_SeesTheSurvivor_AndUnmerges()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("Liam O'Connell", "/sync");
        await PullBothSystemsAsync(page);

        await page.GotoAsync("/duplicates");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-score all customers" }).ClickAsync();
        await Expect(page.GetByTestId("scoring-result").Filter(new() { HasText = "full re-score finished" }))
            .ToBeVisibleAsync(new() { Timeout = 120_000 });
        var firstPair = page.GetByTestId("pair-link").First;
        await Expect(firstPair).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await AssertAccessibleAsync(page);
        await firstPair.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/duplicates/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("pair-score")).ToContainTextAsync("very likely");
        await Expect(page.GetByTestId("waterfall-summary")).ToContainTextAsync(new Regex(@"a probability of (9\d|100)\.\d %"));
        await Expect(page.GetByTestId("waterfall-words")).ToContainTextAsync("strong evidence for");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("Score waterfall") })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        var pairPath = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Merge these customers" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/customers/[0-9a-f-]{36}$"), new() { Timeout = 15_000 });
        var survivorId = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var merges = page.GetByRole(AriaRole.Region, new() { Name = "Merges" });
        await Expect(merges.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Unmerge ") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Change requests" })).ToContainTextAsync("Merge:");
        var mergedId = await MergedIntoAsync(survivorId);
        Assert.NotNull(mergedId);

        await merges.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Unmerge ") }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Unmerge", Exact = true }).ClickAsync();
        await Expect(page.GetByText(new Regex("^Unmerged: "))).ToBeVisibleAsync();
        Assert.Null(await MergedIntoAsync(survivorId));
        await page.GotoAsync(pairPath);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        // A snackbar fading in or out is measured at part opacity and fails contrast; its colours pass when shown.
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        var result = await page.RunAxe();
        Assert.True(!result.Violations.Any(), string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(" ; ", v.Nodes.Select(n => n.Html))}")));
    }

    private static async Task PullBothSystemsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Pull CRM now" }).ClickAsync();
        await Expect(EntityRow(page, "contacts")).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pull ERP now" }).ClickAsync();
        await Expect(EntityRow(page, "customers")).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
        await Expect(EntityRow(page, "salesOrders")).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
    }

    /// <summary>The customer currently merged into the survivor, read from the hub (null when none is).</summary>
    private async Task<Guid?> MergedIntoAsync(Guid survivorId)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Customers WHERE MergedIntoCustomerId = $id AND Status = 'Merged'";
        command.Parameters.AddWithValue("$id", survivorId.ToString().ToUpperInvariant());
        return await command.ExecuteScalarAsync() is string id ? Guid.Parse(id) : null;
    }

    private static ILocator EntityRow(IPage page, string entity) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = entity, Exact = true }) }).First;
}
