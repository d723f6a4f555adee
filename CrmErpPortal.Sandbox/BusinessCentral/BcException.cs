namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>A failure Business Central reports as <c>{"error":{"code","message"}}</c>; thrown anywhere in a request, written once.</summary>
public sealed class BcException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static BcException NotFound() =>
        new(StatusCodes.Status404NotFound, "BadRequest_NotFound", "The specified resource does not exist.");

    public static BcException BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static BcException MissingToken() => new(
        StatusCodes.Status400BadRequest,
        "BadRequest_InvalidToken",
        "Could not validate the client concurrency token required by the service. Please provide a valid token in the client request.");

    public static BcException EntityChanged() =>
        new(StatusCodes.Status409Conflict, "Request_EntityChanged", "Another user has already changed the record.");

    public static BcException Dialog(string message) => new(StatusCodes.Status400BadRequest, "Application_DialogException", message);
}
