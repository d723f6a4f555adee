using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>Service-root URLs and JSON responses shaped like the Web API's.</summary>
public static class ODataResponses
{
    private const string ApiPath = "/api/data/v9.2/";

    /// <summary>The absolute service root of this request, e.g. http://127.0.0.1:5081/crm/api/data/v9.2/.</summary>
    public static string ServiceRoot(HttpRequest request)
    {
        var path = request.PathBase + request.Path;
        var at = path.Value!.IndexOf(ApiPath, StringComparison.OrdinalIgnoreCase);
        return $"{request.Scheme}://{request.Host}{path.Value[..(at + ApiPath.Length)]}";
    }

    public static IResult Json(JsonObject body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), WireFormat.JsonContentType, null, status);

    /// <summary>The request's own URL with its $skiptoken/$deltatoken replaced, for nextLink and deltaLink.</summary>
    public static string Link(HttpRequest request, string entitySet, string tokenName, string token)
    {
        var options = request.Query
            .Where(q => q.Key is not ("$skiptoken" or "$deltatoken"))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"{tokenName}={Uri.EscapeDataString(token)}");
        return $"{ServiceRoot(request)}{entitySet}?{string.Join('&', options)}";
    }

    public static void AddPreferenceApplied(HttpResponse response, string preference) =>
        response.Headers.Append("Preference-Applied", preference);
}
