using CrmErpPortal.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CrmErpPortal.Tests.Unit.Hosting;

public sealed class StartupChecksTests
{
    private static readonly Dictionary<string, string?> EntraSettings = new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
    };

    [Fact]
    public void AcceptsTheEmbeddedDefault_InDevelopment()
    {
        var problem = StartupChecks.FindProblem(Config(), Env("Development"));

        Assert.Null(problem);
    }

    [Fact]
    public void RefusesDemoSignIn_InProduction()
    {
        var problem = StartupChecks.FindProblem(Config(("Authentication:Mode", "Demo")), Env("Production"));

        Assert.Equal("Demo sign-in is on in Production: set Authentication:Mode to EntraId and fill the AzureAd section.", problem);
    }

    [Fact]
    public void RefusesDemoSignIn_OnAStagingSiteToo()
    {
        var problem = StartupChecks.FindProblem(Config(("Authentication:Mode", "Demo")), Env("Staging"));

        Assert.Equal("Demo sign-in is on in Staging: set Authentication:Mode to EntraId and fill the AzureAd section.", problem);
    }

    [Fact]
    public void RefusesAnUnknownTimeZone()
    {
        var problem = StartupChecks.FindProblem(Config(("Portal:TimeZone", "Middle-earth/Hobbiton")), Env("Development"));

        Assert.StartsWith("Portal:TimeZone is 'Middle-earth/Hobbiton', which is not a known time zone", problem);
    }

    [Fact]
    public void DefaultsToEntraId_OutsideDevelopment_AndNamesTheMissingSettings()
    {
        var problem = StartupChecks.FindProblem(Config(), Env("Production"));

        Assert.Equal("Authentication:Mode is EntraId but these settings are empty: AzureAd:Instance, AzureAd:TenantId, AzureAd:ClientId. Fill the AzureAd section from the app registration.", problem);
    }

    [Fact]
    public void RefusesSqlServer_WithoutConnectionString()
    {
        var problem = StartupChecks.FindProblem(Config(("Database:Provider", "SqlServer")), Env("Development"));

        Assert.StartsWith("Database:Provider is SqlServer but ConnectionStrings:Portal is empty", problem);
    }

    [Theory]
    [InlineData("Database:Provider", "Postgres", "Database:Provider is 'Postgres': set it to Sqlite or SqlServer.")]
    [InlineData("Authentication:Mode", "Basic", "Authentication:Mode is 'Basic': set it to Demo or EntraId.")]
    public void RefusesUnknownValues_WithTheAllowedOnes(string key, string value, string expected)
    {
        var problem = StartupChecks.FindProblem(Config((key, value)), Env("Development"));

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void RefusesTheSandbox_OutsideDevelopment()
    {
        var settings = new Dictionary<string, string?>(EntraSettings) { ["Sandbox:Enabled"] = "true" };

        var problem = StartupChecks.FindProblem(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Env("Production"));

        Assert.StartsWith("Sandbox:Enabled is true in Production", problem);
    }

    [Fact]
    public void RefusesEntraIdConnectors_WithoutTheAppsCredentials()
    {
        var settings = new Dictionary<string, string?>(EntraSettings) { ["Integration:Erp:Auth"] = "EntraId" };

        var problem = StartupChecks.FindProblem(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Env("Production"));

        Assert.StartsWith("Integration:Erp:Auth is EntraId but AzureAd:ClientSecret", problem);
    }

    [Fact]
    public void RefusesEntraIdConnectors_WithDemoSignIn()
    {
        var problem = StartupChecks.FindProblem(Config(("Integration:Crm:Auth", "EntraId")), Env("Development"));

        Assert.StartsWith("Integration:Crm:Auth is EntraId but Authentication:Mode is not", problem);
    }

    [Fact]
    public void AcceptsProductionWithEntraIdAndSqlServer()
    {
        var settings = new Dictionary<string, string?>(EntraSettings)
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = "Server=sql;Database=Portal;Integrated Security=true",
        };

        var problem = StartupChecks.FindProblem(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Env("Production"));

        Assert.Null(problem);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IHostEnvironment Env(string name) => new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "CrmErpPortal";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
