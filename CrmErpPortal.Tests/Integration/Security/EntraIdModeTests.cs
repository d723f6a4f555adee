using System.Net;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CrmErpPortal.Tests.Integration.Security;

/// <summary>
/// Entra ID itself is the one edge the tests cannot reach, so its discovery document is supplied in place;
/// everything the portal configures (scheme, client, callback, role claim, access denied path) is real.
/// </summary>
public sealed class EntraIdModeTests : IAsyncLifetime
{
    private const string TenantId = "11111111-1111-1111-1111-111111111111";
    private const string ClientId = "22222222-2222-2222-2222-222222222222";

    private readonly PortalAppFactory _factory = new PortalAppFactory
    {
        Environment = "Production",
        ConfigureServices = services => services.PostConfigure<OpenIdConnectOptions>(
            OpenIdConnectDefaults.AuthenticationScheme,
            options => options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
            {
                Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0",
                AuthorizationEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize",
                EndSessionEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/logout",
            })),
    }
        .With("AzureAd:TenantId", TenantId)
        .With("AzureAd:ClientId", ClientId)
        .With("AzureAd:ClientSecret", "test-only-secret");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SendsAnonymousVisitorsToEntraId()
    {
        var client = _factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/customers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("login.microsoftonline.com", location.Host);
        Assert.Contains($"client_id={ClientId}", location.Query);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc", location.Query);
    }

    [Fact]
    public void ReadsRolesFromTheRolesClaim()
    {
        var options = _factory.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);

        Assert.Equal("roles", options.TokenValidationParameters.RoleClaimType);
        Assert.Equal(ClientId, options.ClientId);
    }

    [Fact]
    public async Task DoesNotOfferTheDemoSignIn()
    {
        var client = _factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/account/demo-signin", new FormUrlEncodedContent([new("persona", "priya")]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Location?.AbsolutePath == "/");
    }
}
