using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>A parsed $orderby. Nulls sort first ascending, as SQL Server sorts them; the record id breaks ties so paging is stable.</summary>
public sealed record OrderBy(IReadOnlyList<(string Column, bool Descending)> Terms)
{
    public bool IsEmpty => Terms.Count == 0;

    public static OrderBy Parse(string? text, DataverseTable table)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new OrderBy([]);
        }

        var terms = new List<(string, bool)>();
        foreach (var term in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 2 || (parts.Length == 2 && parts[1] is not ("asc" or "desc")))
            {
                throw DataverseErrors.BadRequest($"Syntax error in $orderby: '{term}'.");
            }

            if (!table.KnowsColumn(parts[0]))
            {
                throw DataverseErrors.UnknownProperty(table, parts[0]);
            }

            terms.Add((parts[0], parts.Length == 2 && parts[1] == "desc"));
        }

        return new OrderBy(terms);
    }

    public JsonArray KeyOf(JsonObject row) => new([.. Terms.Select(t => row[t.Column]?.DeepClone())]);

    public int Compare(JsonArray left, Guid leftId, JsonArray right, Guid rightId)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            var compared = CompareValues(left[i], right[i]);
            if (compared != 0)
            {
                return Terms[i].Descending ? -compared : compared;
            }
        }

        return leftId.CompareTo(rightId);
    }

    private static int CompareValues(JsonNode? left, JsonNode? right)
    {
        var leftKind = left?.GetValueKind() ?? JsonValueKind.Null;
        var rightKind = right?.GetValueKind() ?? JsonValueKind.Null;
        if (leftKind == JsonValueKind.Null || rightKind == JsonValueKind.Null)
        {
            return (leftKind == JsonValueKind.Null ? 0 : 1) - (rightKind == JsonValueKind.Null ? 0 : 1);
        }

        if (leftKind == JsonValueKind.Number && rightKind == JsonValueKind.Number)
        {
            return left!.GetValue<decimal>().CompareTo(right!.GetValue<decimal>());
        }

        return string.Compare(Text(left!), Text(right!), StringComparison.OrdinalIgnoreCase);
    }

    private static string Text(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString().ToString(CultureInfo.InvariantCulture);
}
