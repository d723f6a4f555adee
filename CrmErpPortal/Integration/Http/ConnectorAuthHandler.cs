using System.Net.Http.Headers;
using Microsoft.Identity.Abstractions;

namespace CrmErpPortal.Integration.Http;

/// <summary>
/// Puts the bearer token on every call: an app-only token from Entra ID (client credentials, cached and renewed by
/// Microsoft.Identity.Web), or the sandbox's fixed token.
/// </summary>
public sealed class ConnectorAuthHandler(ConnectorAuth auth, string scope, string? sandboxToken, IServiceProvider services) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (auth == ConnectorAuth.EntraId)
        {
            var header = await services.GetRequiredService<IAuthorizationHeaderProvider>()
                .CreateAuthorizationHeaderForAppAsync(scope, cancellationToken: cancellationToken);
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(header);
        }
        else if (!string.IsNullOrEmpty(sandboxToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sandboxToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
