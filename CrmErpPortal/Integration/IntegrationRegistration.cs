using CrmErpPortal.Integration.BusinessCentral;
using CrmErpPortal.Integration.Dataverse;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Integration;

public static class IntegrationRegistration
{
    public static WebApplicationBuilder AddPortalIntegration(this WebApplicationBuilder builder)
    {
        var crm = builder.Configuration.GetSection(CrmOptions.Section).Get<CrmOptions>() ?? new CrmOptions();
        var erp = builder.Configuration.GetSection(ErpOptions.Section).Get<ErpOptions>() ?? new ErpOptions();
        builder.Services.Configure<CrmOptions>(builder.Configuration.GetSection(CrmOptions.Section));
        builder.Services.Configure<ErpOptions>(builder.Configuration.GetSection(ErpOptions.Section));

        // Resilience is added first so it is the outer handler: every retry passes through the token handler again.
        var crmClient = builder.Services.AddHttpClient<ICrmConnector, DataverseConnector>(http =>
            {
                http.BaseAddress = crm.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        crmClient.AddResilienceHandler("crm", pipeline => ConnectorResilience.Configure(pipeline, crm.MaxConcurrency));
        crmClient.AddHttpMessageHandler(services => new ConnectorAuthHandler(crm.Auth, crm.Scope, crm.SandboxToken, services));

        var erpClient = builder.Services.AddHttpClient<IErpConnector, BusinessCentralConnector>(http =>
            {
                http.BaseAddress = erp.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        erpClient.AddResilienceHandler("erp", pipeline => ConnectorResilience.Configure(pipeline, erp.MaxConcurrency));
        erpClient.AddHttpMessageHandler(services => new ConnectorAuthHandler(erp.Auth, erp.Scope, erp.SandboxToken, services));
        return builder;
    }

    /// <summary>Connectors on Entra ID need the app's own credentials, which only the Entra ID sign-in mode configures.</summary>
    public static string? FindProblem(IConfiguration configuration, bool entraSignIn)
    {
        foreach (var section in new[] { CrmOptions.Section, ErpOptions.Section })
        {
            if (!string.Equals(configuration[$"{section}:Auth"], nameof(ConnectorAuth.EntraId), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!entraSignIn)
            {
                return $"{section}:Auth is EntraId but Authentication:Mode is not: set Authentication:Mode to EntraId so the app has its Entra ID registration.";
            }

            if (string.IsNullOrWhiteSpace(configuration["AzureAd:ClientSecret"]) && !configuration.GetSection("AzureAd:ClientCredentials").Exists())
            {
                return $"{section}:Auth is EntraId but AzureAd:ClientSecret (or AzureAd:ClientCredentials) is empty: the connectors need the app's credentials.";
            }
        }

        return null;
    }
}
