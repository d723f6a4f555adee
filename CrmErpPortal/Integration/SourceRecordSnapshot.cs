using System.Globalization;
using System.Text.Json;

namespace CrmErpPortal.Integration;

/// <summary>
/// One source record as the push reads it just before writing: its etag and the wire values of the columns asked for
/// (numbers in invariant form, booleans as true/false, missing or null as null).
/// </summary>
public sealed record SourceRecordSnapshot(string Etag, IReadOnlyDictionary<string, string?> Values)
{
    public static SourceRecordSnapshot From(JsonElement row, IEnumerable<string>? columns = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in row.EnumerateObject())
        {
            if (property.Name.StartsWith('@') || (columns is not null && !columns.Contains(property.Name)))
            {
                continue;
            }

            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => property.Value.GetRawText(),
            };
        }

        var etag = row.TryGetProperty("@odata.etag", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty;
        return new SourceRecordSnapshot(etag, values);
    }

    public string? this[string column] => Values.GetValueOrDefault(column);
}
