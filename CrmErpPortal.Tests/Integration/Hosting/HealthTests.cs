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
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(unreachable))!, recursive: true);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var response = await broken.CreateBrowserlessClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"Unhealthy\"", await response.Content.ReadAsStringAsync());
    }
}
