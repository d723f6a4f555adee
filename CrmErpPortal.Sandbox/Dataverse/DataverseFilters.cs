using CrmErpPortal.Sandbox.OData;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>Group-wide behaviour: the bearer-token check, OData headers and Dataverse's error body for every failure.</summary>
public static class DataverseFilters
{
    public static EndpointFilterDelegate RequireToken(string? accessToken, EndpointFilterDelegate next) => async context =>
    {
        if (accessToken is null || context.HttpContext.Request.Headers.Authorization.ToString() == $"Bearer {accessToken}")
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize";
        return DataverseErrors.Result(StatusCodes.Status401Unauthorized, DataverseErrors.Unauthorized,
            "Bearer token is missing, expired or not valid for this organisation (sandbox).");
    };

    public static async ValueTask<object?> ODataErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers["OData-Version"] = "4.0";
        try
        {
            return await next(context);
        }
        catch (DataverseException ex)
        {
            return DataverseErrors.Result(ex.Status, ex.Code, ex.Message);
        }
        catch (ODataSyntaxException ex)
        {
            return DataverseErrors.Result(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            // A JSON value of the wrong kind (e.g. "statecode":"one") surfaces as a cast failure deep in a handler.
            return DataverseErrors.Result(StatusCodes.Status400BadRequest, DataverseErrors.InvalidArgument, ex.Message);
        }
    }
}
