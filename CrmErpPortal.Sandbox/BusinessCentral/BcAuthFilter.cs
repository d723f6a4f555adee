namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>When the sandbox has an access token, every call must bear it, as every BC call needs an Entra token.</summary>
public sealed class BcAuthFilter(string? accessToken) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(accessToken) || context.HttpContext.Request.Headers.Authorization.ToString() == $"Bearer {accessToken}")
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return BcErrors.Write(StatusCodes.Status401Unauthorized, "Authentication_InvalidCredentials", "The server has rejected the client credentials");
    }
}
