using System.Globalization;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>
/// Sam (Leadership) opens the dashboard over data pulled from the CRM and ERP emulators, narrows it to New Zealand,
/// drills into the overdue customers and takes them, and the whole dashboard, to Excel (issue 8).
/// </summary>
public sealed class DashboardTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task Leadership_FiltersToNz_DrillsIntoOverdueCustomers_AndExportsThemToExcel()
    {
        await app.PullBothSystemsOnceAsync();
        var page = await app.NewPageAsync();
        await page.SignInAsync("Sam Whitfield", "/dashboard");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

        await Expect(page.GetByTestId("export-dashboard")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var country = page.Locator(".mud-select").Filter(new() { HasText = "Country" });
        await country.Locator(".mud-input-control").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "New Zealand" }).ClickAsync();
        await Expect(country.Locator("input").First).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("NZ|New Zealand"));
        await page.GetByTestId("apply-filter").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("country=NZ"));
        // The unfiltered dashboard stays on screen until the NZ one has loaded: wait for links that carry the filter.
        var overdue = page.GetByRole(AriaRole.Link, new() { Name = "Show list of the customers behind receivables (nzd)" });
        await Expect(overdue).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/dashboard/lists/overdue\\?.*country=NZ"), new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Trends" })).ToBeVisibleAsync();
        await overdue.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overdue customers", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("list-scope")).ToContainTextAsync("NZ ·", new() { Timeout = 30_000 });
        var rows = page.Locator("[data-testid=dashboard-list] tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var shown = await rows.Locator("td:nth-child(1)").AllTextContentsAsync();
        Assert.All(await rows.Locator("td:nth-child(2)").AllTextContentsAsync(), country => Assert.Equal("NZ", country.Trim()));

        var listBook = await DownloadAsync(page, page.GetByTestId("export-xlsx"));

        Assert.Equal(["Overdue customers"], MiniExcel.GetSheetNames(listBook));
        var exported = MiniExcel.Query(listBook, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(shown.Select(s => s.Trim()), exported.Select(r => (string?)r["Customer"]));
        Assert.All(exported, r => Assert.Equal(("NZ", "NZD"), ((string?)r["Country"], (string?)r["Currency"])));
        Assert.All(exported, r => Assert.True(Convert.ToDecimal(r["Amount"], CultureInfo.InvariantCulture) > 0));

        await page.GetByRole(AriaRole.Link, new() { Name = "← Back to the dashboard" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard\\?.*country=NZ"));
        var dashboardBook = await DownloadAsync(page, page.GetByTestId("export-dashboard"));

        Assert.Equal(["Filter", "Revenue and pipeline", "Receivables and credit", "Data quality", "Integration health", "Trends"], MiniExcel.GetSheetNames(dashboardBook));
        var filter = MiniExcel.Query(dashboardBook, useHeaderRow: true, sheetName: "Filter").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(filter, r => (string?)r["Figure"] == "Country" && (string?)r["Value"] == "NZ");
        var receivables = MiniExcel.Query(dashboardBook, useHeaderRow: true, sheetName: "Receivables and credit").Cast<IDictionary<string, object?>>().ToList();
        var topOverdue = receivables.Where(r => ((string?)r["Figure"])!.StartsWith("Top overdue: ", StringComparison.Ordinal)).Select(r => ((string)r["Figure"]!)["Top overdue: ".Length..]).ToList();
        Assert.NotEmpty(topOverdue);
        Assert.All(topOverdue, name => Assert.Contains(name, exported.Select(r => (string?)r["Customer"])));
    }

    /// <summary>Clicks a download link and returns the file Chromium saved, as a seekable stream for MiniExcel.</summary>
    private static async Task<MemoryStream> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = TestFiles.NewPath(download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var stream = new MemoryStream(await File.ReadAllBytesAsync(path));
        File.Delete(path);
        return stream;
    }
}
