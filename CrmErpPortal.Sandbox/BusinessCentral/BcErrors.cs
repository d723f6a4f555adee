using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Business Central's error body. Every message ends with a correlation id, which support asks for.</summary>
public static class BcErrors
{
    public static IResult Write(int status, string code, string message) =>
        Results.Json(Body(code, message), statusCode: status, contentType: BcJson.ContentType);

    public static IResult From(BcException exception) => Write(exception.Status, exception.Code, exception.Message);

    public static JsonObject Body(string code, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = $"{message.TrimEnd('.')}.  CorrelationId:  {Guid.NewGuid()}.",
        },
    };
}
