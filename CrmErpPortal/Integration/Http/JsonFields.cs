using System.Globalization;
using System.Text.Json;

namespace CrmErpPortal.Integration.Http;

/// <summary>Lenient readers for wire JSON: a missing or null property is null, never an exception.</summary>
public static class JsonFields
{
    public static string? Str(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static Guid? Id(this JsonElement row, string name) =>
        Guid.TryParse(row.Str(name), out var id) ? id : null;

    public static decimal? Dec(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        } : null;

    public static int? Int(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static bool? Bool(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    public static DateTimeOffset? Instant(this JsonElement row, string name) =>
        DateTimeOffset.TryParse(row.Str(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : null;

    public static DateOnly? Date(this JsonElement row, string name)
    {
        var text = row.Str(name);
        if (text is null || text.StartsWith("0001-01-01", StringComparison.Ordinal))
        {
            return null;
        }

        return DateOnly.TryParse(text.Length >= 10 ? text[..10] : text, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
