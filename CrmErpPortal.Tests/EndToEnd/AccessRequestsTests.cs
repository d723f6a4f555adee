using System.Text.Json;
using CrmErpPortal.Tests.TestSupport;
using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrmErpPortal.Tests.EndToEnd;

/// <summary>
/// Grace, the privacy officer, logs a person's access request, verifies their identity, gathers everything held about
/// them (the hub plus a live read of the CRM and ERP emulators), and downloads the package.
/// </summary>
public sealed class AccessRequestsTests(SandboxPortalFixture app) : IClassFixture<SandboxPortalFixture>
{
    [Fact]
    public async Task APrivacyOfficer_LogsARequestForAContact_Gathers_AndDownloadsAPackageWithBothSystems()
    {
        await app.PullBothSystemsOnceAsync();
        var contact = await LinkedContactAsync();
        var page = await app.NewPageAsync();
        await page.SignInAsync("Grace Tupou", "/privacy/access-requests");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await page.GetByLabel("Find the person").FillAsync(contact.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Choose {contact.Name}, Contact at {contact.CustomerName}" }).ClickAsync();
        await page.GetByLabel("Requested by").FillAsync(contact.Name);
        await page.GetByTestId("log-submit").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Access request: {contact.Name}", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("gather-start")).ToBeDisabledAsync();
        await page.GetByLabel("How the identity was checked").FillAsync("Driver licence sighted at the counter");
        await page.GetByTestId("identity-verify").ClickAsync();
        await Expect(page.GetByTestId("identity-verified")).ToContainTextAsync("Driver licence sighted at the counter");
        await page.GetByTestId("gather-start").ClickAsync();
        await Expect(page.GetByTestId("gather-done")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Ready to release");
        var axe = await page.RunAxe();
        Assert.True(!axe.Violations.Any(), string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(" ; ", v.Nodes.Select(n => n.Html))}")));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download JSON" }).ClickAsync());
        using var package = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        var root = package.RootElement;
        Assert.Equal(contact.Name, root.GetProperty("subject").GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("hub").GetProperty("contacts").EnumerateArray(), c => c.GetProperty("email").GetString() == contact.Email);
        Assert.Equal(contact.CustomerName, root.GetProperty("hub").GetProperty("customer").GetProperty("displayName").GetString());
        Assert.Equal(["Crm", "Erp"], root.GetProperty("hub").GetProperty("sourceLinks").EnumerateArray().Select(l => l.GetProperty("system").GetString()).Distinct().Order());
        Assert.Equal(contact.Email, root.GetProperty("live").GetProperty("crm").GetProperty("contact").GetProperty("email").GetString(), ignoreCase: true);
        Assert.NotEmpty(root.GetProperty("live").GetProperty("crm").GetProperty("accounts").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("live").GetProperty("erp").GetProperty("customers").EnumerateArray());
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.All(new[] { "Hub", "Crm", "Erp" }, system => Assert.Contains(sources, s => s.GetProperty("system").GetString() == system && s.GetProperty("region").GetString() is { Length: > 0 }));

        await page.GetByTestId("decision-release").ClickAsync();
        await page.GetByLabel("How the package goes to the person").FillAsync("Emailed to the verified address");
        await page.GetByTestId("decision-save").ClickAsync();
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Released");
    }

    /// <summary>A contact with an email no other contact has, whose customer the pulls linked to both systems.</summary>
    private async Task<(string Name, string Email, string CustomerName)> LinkedContactAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.FirstName, t.LastName, t.Email, c.DisplayName FROM Contacts t
            JOIN Customers c ON c.Id = t.CustomerId AND c.Status <> 'Merged'
            WHERE t.Email IS NOT NULL AND t.FirstName IS NOT NULL
              AND EXISTS (SELECT 1 FROM SourceLinks l WHERE l.CustomerId = c.Id AND l.System = 'Crm' AND l.IsDeletedAtSource = 0 AND l.MergedFromCustomerId IS NULL)
              AND EXISTS (SELECT 1 FROM SourceLinks l WHERE l.CustomerId = c.Id AND l.System = 'Erp' AND l.IsDeletedAtSource = 0 AND l.MergedFromCustomerId IS NULL)
              AND (SELECT COUNT(*) FROM Contacts o WHERE o.Email = t.Email) = 1
              AND (SELECT COUNT(*) FROM Contacts o WHERE o.FirstName = t.FirstName AND o.LastName = t.LastName) = 1
            ORDER BY c.DisplayName LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The pulls linked no customer with a contact to both systems.");
        return ($"{reader.GetString(0)} {reader.GetString(1)}".Trim(), reader.GetString(2), reader.GetString(3));
    }
}
