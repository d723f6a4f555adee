using System.Globalization;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Wire formats shared by every Business Central response.</summary>
public static class BcJson
{
    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

    public static IResult Ok(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Json(body, statusCode: status, contentType: ContentType);

    /// <summary>UTC, millisecond precision, trailing zeros trimmed: what BC prints (e.g. 2025-03-12T19:55:50.47Z).</summary>
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static DateOnly? ReadDate(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static decimal ReadDecimal(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : 0m;

    public static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static Guid? ReadGuid(JsonNode? node) =>
        Guid.TryParse(ReadString(node), out var id) ? id : null;
}
