namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>Ends a request with Dataverse's error body; thrown from deep inside a handler and turned into a response by <see cref="DataverseFilters"/>.</summary>
public sealed class DataverseException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}

/// <summary>The platform codes the sandbox answers with (real hex codes where known; see README.md in this folder).</summary>
public static class DataverseErrors
{
    public const string QueryNotSupported = "0x80060888";
    public const string ResourceNotFound = "0x8006088a";
    public const string RecordNotFound = "0x80040217";
    public const string DuplicateRecord = "0x80040237";
    public const string DuplicateKey = "0x80060892";
    public const string VersionMismatch = "0x80060882";
    public const string InvalidArgument = "0x80040203";
    public const string ChangeTrackingExpired = "0x80044352";
    public const string Throttled = "0x80072322";
    public const string Unexpected = "0x80040216";
    public const string Unauthorized = "0x80072560";

    public static DataverseException NotFound(DataverseTable table, string key) =>
        new(StatusCodes.Status404NotFound, RecordNotFound, $"{table.LogicalName} With Id = {key} Does Not Exist");

    public static DataverseException UnknownProperty(DataverseTable table, string property) =>
        new(StatusCodes.Status400BadRequest, QueryNotSupported, $"Could not find a property named '{property}' on type '{table.EntityType}'.");

    public static DataverseException BadRequest(string message) => new(StatusCodes.Status400BadRequest, InvalidArgument, message);

    public static DataverseException UnknownSegment(string segment) =>
        new(StatusCodes.Status404NotFound, ResourceNotFound, $"Resource not found for the segment '{segment}'.");

    /// <summary>The body shape of every Dataverse error: <c>{"error":{"code":"0x…","message":"…"}}</c>.</summary>
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    /// <summary>Translates the sandbox's fault codes into the ones Dataverse sends (FaultFilter is shared by both emulators).</summary>
    public static IResult Fault(int status, string code, string message) => status switch
    {
        StatusCodes.Status429TooManyRequests => Result(status, Throttled, "Number of requests exceeded the limit of 6000 over time window of 300 seconds."),
        _ => Result(status, Unexpected, message),
    };
}
