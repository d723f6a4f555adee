using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace CrmErpPortal.Security.EntraId;

internal static class EntraIdSignIn
{
    public const string Section = "AzureAd";

    public static void AddEntraIdSignIn(this WebApplicationBuilder builder)
    {
        var signIn = builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(Section));
        if (ConnectorsUseEntraId(builder.Configuration))
        {
            // App-only tokens for Dataverse and Business Central (client credentials), cached in memory per instance.
            signIn.EnableTokenAcquisitionToCallDownstreamApi().AddInMemoryTokenCaches();
        }

        // Entra app roles arrive in the "roles" claim; their values are the names in Roles.
        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.TokenValidationParameters.RoleClaimType = "roles";
            options.TokenValidationParameters.NameClaimType = "name";
        });
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.AccessDeniedPath = SecurityRegistration.AccessDeniedPath;
            options.Cookie.Name = "crmerpportal.auth";
        });
    }

    private static bool ConnectorsUseEntraId(IConfiguration configuration) =>
        new[] { "Integration:Crm:Auth", "Integration:Erp:Auth" }
            .Any(key => string.Equals(configuration[key], "EntraId", StringComparison.OrdinalIgnoreCase));

    /// <summary>What is missing from the AzureAd section, or null when sign-in can be configured.</summary>
    public static string? FindMissingSettings(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        string[] required = ["Instance", "TenantId", "ClientId"];
        var missing = required.Where(key => string.IsNullOrWhiteSpace(section[key])).Select(key => $"{Section}:{key}").ToList();
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }
}
