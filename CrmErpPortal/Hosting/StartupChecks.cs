using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data;
using CrmErpPortal.Integration;
using CrmErpPortal.Security;
using CrmErpPortal.Security.EntraId;

namespace CrmErpPortal.Hosting;

/// <summary>
/// Settings that would make the portal unsafe or broken are refused before anything starts,
/// with one line that says what to set.
/// </summary>
public static class StartupChecks
{
    public static string? FindProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        DatabaseProvider provider;
        AuthenticationMode mode;
        try
        {
            provider = DatabaseOptions.ResolveProvider(configuration);
            mode = PortalAuthenticationOptions.ResolveMode(configuration, environment);
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }

        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Portal")))
        {
            return "Database:Provider is SqlServer but ConnectionStrings:Portal is empty: set ConnectionStrings:Portal to the SQL Server connection string.";
        }

        // Anything but a developer's machine is treated as production: a staging site with demo sign-in is open to anyone.
        if (mode == AuthenticationMode.Demo && !environment.IsDevelopment())
        {
            return $"Demo sign-in is on in {environment.EnvironmentName}: set Authentication:Mode to EntraId and fill the AzureAd section.";
        }

        if (mode == AuthenticationMode.EntraId && EntraIdSignIn.FindMissingSettings(configuration) is { } missing)
        {
            return $"Authentication:Mode is EntraId but these settings are empty: {missing}. Fill the AzureAd section from the app registration.";
        }

        if (IntegrationRegistration.FindProblem(configuration, mode == AuthenticationMode.EntraId) is { } integration)
        {
            return integration;
        }

        if (configuration.GetValue<bool>("Sandbox:Enabled") && !environment.IsDevelopment())
        {
            return $"Sandbox:Enabled is true in {environment.EnvironmentName}: the sandbox emulators are for development and demos; set it to false and point Integration:Crm and Integration:Erp at the real systems.";
        }

        var zone = configuration[DisplayTimeZone.ConfigurationKey];
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return $"{DisplayTimeZone.ConfigurationKey} is '{zone}', which is not a known time zone: use an IANA name such as Pacific/Auckland or Australia/Sydney.";
        }

        return null;
    }
}
