using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Hosting;

public sealed class StartupRefusalTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RefusesDemoSignIn_InProduction()
    {
        var exit = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Authentication__Mode"] = "Demo",
        }, Timeout);

        Assert.NotEqual(0, exit.ExitCode);
        Assert.Equal(
            "CrmErpPortal cannot start: Demo sign-in is on in Production: set Authentication:Mode to EntraId and fill the AzureAd section.",
            exit.StandardError.Trim());
    }

    [Fact]
    public async Task RefusesEntraId_WithoutItsAzureAdSettings()
    {
        var exit = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        }, Timeout);

        Assert.NotEqual(0, exit.ExitCode);
        Assert.Equal(
            "CrmErpPortal cannot start: Authentication:Mode is EntraId but these settings are empty: AzureAd:TenantId, AzureAd:ClientId. Fill the AzureAd section from the app registration.",
            exit.StandardError.Trim());
    }

    [Fact]
    public async Task RefusesSqlServer_WithoutAConnectionString()
    {
        var exit = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "SqlServer",
        }, Timeout);

        Assert.NotEqual(0, exit.ExitCode);
        Assert.Equal(
            "CrmErpPortal cannot start: Database:Provider is SqlServer but ConnectionStrings:Portal is empty: set ConnectionStrings:Portal to the SQL Server connection string.",
            exit.StandardError.Trim());
    }
}
