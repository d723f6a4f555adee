using System.Net;
using System.Text.Json;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Hosting;

public sealed class HealthTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    [Fact]
    public async Task AnswersAnonymously_WithTheDatabaseCheck()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("hub-database", check.GetProperty("name").GetString());
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReportsUnhealthy_WhenTheHubDatabaseCannotBeOpened()
    {
        var unreachable = Path.Combine(TestFiles.NewPath("missing-folder"), "nested", "portal.db");
        await using var broken = new PortalAppFactory();
        broken.With("ConnectionStrings:Sqlite", $"Data Source={unreachable}");
        _ = broken.Server;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await DeleteWhileTheHostWritesAsync(Path.GetDirectoryName(Path.GetDirectoryName(unreachable))!);

        var response = await broken.CreateBrowserlessClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"Unhealthy\"", await response.Content.ReadAsStringAsync());
    }

    // The started host's background jobs may still be writing the database's journal files into the folder while
    // it is removed ("Directory not empty"); once the folder is gone SQLite cannot recreate it.
    private static async Task DeleteWhileTheHostWritesAsync(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }
}
