using CrmErpPortal.Integration.BusinessCentral;
using CrmErpPortal.Integration.Dataverse;
using CrmErpPortal.Integration.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmErpPortal.Integration;

public static class IntegrationRegistration
{
    public static WebApplicationBuilder AddPortalIntegration(this WebApplicationBuilder builder)
    {
        builder.Services.AddConnectors(builder.Configuration);
        return builder;
    }

    /// <summary>Both connectors as typed HTTP clients with their resilience pipelines and token handlers.</summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        var crm = configuration.GetSection(CrmOptions.Section).Get<CrmOptions>() ?? new CrmOptions();
        var erp = configuration.GetSection(ErpOptions.Section).Get<ErpOptions>() ?? new ErpOptions();
        services.Configure<CrmOptions>(configuration.GetSection(CrmOptions.Section));
        services.Configure<ErpOptions>(configuration.GetSection(ErpOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Resilience is added first so it is the outer handler: every retry passes through the token handler again.
        var crmClient = services.AddHttpClient<ICrmConnector, DataverseConnector>(http =>
            {
                http.BaseAddress = crm.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        crmClient.AddResilienceHandler("crm", pipeline => ConnectorResilience.Configure(pipeline, crm.MaxConcurrency));
        crmClient.AddHttpMessageHandler(provider => new ConnectorAuthHandler(crm.Auth, crm.Scope, crm.SandboxToken, provider));

        var erpClient = services.AddHttpClient<IErpConnector, BusinessCentralConnector>(http =>
            {
                http.BaseAddress = erp.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        erpClient.AddResilienceHandler("erp", pipeline => ConnectorResilience.Configure(pipeline, erp.MaxConcurrency));
        erpClient.AddHttpMessageHandler(provider => new ConnectorAuthHandler(erp.Auth, erp.Scope, erp.SandboxToken, provider));
        return services;
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
