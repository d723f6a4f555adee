using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmErpPortal.Matching;

/// <summary>One set of serializer options for parameters and evidence: camelCase, enums as names.</summary>
public static class MatchJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };
}
