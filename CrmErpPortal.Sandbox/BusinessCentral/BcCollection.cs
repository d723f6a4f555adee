using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.OData;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// A collection GET: $filter, $orderby, $skip, $top, $count, $select, $expand and server-driven paging.
/// Without $orderby rows stream in store-version order and the skiptoken holds the last version returned, so paging
/// never skips a row (a row changed mid-way can come twice; clients dedupe on id). With $orderby the matching rows are
/// sorted in memory and the skiptoken holds an offset.
/// </summary>
public sealed class BcCollection(BcReader reader, BcExpander expander)
{
    private const int Chunk = 2_000;

    public async Task<IResult> ExecuteAsync(HttpContext http, BcEntitySet set, BcRowSource source, string contextPath)
    {
        var request = http.Request;
        var options = BcQueryOptions.From(request);
        expander.Check(set, options.Expand);
        var pageSize = BcQueryOptions.PreferredPageSize(request);
        var limit = (long)(pageSize ?? BcQueryOptions.MaxPageSize);
        var taken = options.SkipToken?.Taken ?? 0;
        if (options.Top is { } top)
        {
            limit = Math.Min(limit, Math.Max(0, top - taken));
        }

        var cancellationToken = http.RequestAborted;
        var page = options.OrderBy.Count == 0
            ? await StreamPageAsync(set, source, options, (int)limit, cancellationToken)
            : await SortedPageAsync(set, source, options, (int)limit, cancellationToken);

        var body = new JsonObject { ["@odata.context"] = $"{BcUrls.ApiRoot(request)}$metadata#{contextPath}" };
        if (options.Count)
        {
            body["@odata.count"] = await CountAsync(set, source, options, cancellationToken);
        }

        var rows = await expander.ExpandAsync(set, page.Rows, options.Expand, cancellationToken);
        body["value"] = new JsonArray(rows.Select(row => (JsonNode)Project(row, options.Select, options.Expand)).ToArray());
        var returned = taken + page.Rows.Count;
        if (page.Next is { } next && (options.Top is not { } max || returned < max))
        {
            body["@odata.nextLink"] = BcUrls.NextLink(request, new BcSkipToken(next, returned));
        }

        if (pageSize is { } applied)
        {
            http.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={applied}";
        }

        return BcJson.Ok(body);
    }

    public static JsonObject Project(JsonObject row, string? select, IReadOnlyList<string> expand) =>
        ODataProjection.Select(row, select, ["@odata.etag", .. expand]);

    private sealed record Page(IReadOnlyList<JsonObject> Rows, long? Next);

    private async Task<Page> StreamPageAsync(BcEntitySet set, BcRowSource source, BcQueryOptions options, int limit, CancellationToken ct)
    {
        var rows = new List<JsonObject>();
        var skip = options.SkipToken is null ? options.Skip : 0;
        var after = options.SkipToken?.Position ?? 0;
        long lastReturned = after;
        while (true)
        {
            var chunk = await source(after, Chunk, ct);
            var presented = await reader.PresentAsync(set, chunk, ct);
            for (var i = 0; i < chunk.Count; i++)
            {
                if (!options.Predicate(presented[i]))
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                    lastReturned = chunk[i].Version;
                    continue;
                }

                if (rows.Count == limit)
                {
                    return new Page(rows, lastReturned);
                }

                rows.Add(presented[i]);
                lastReturned = chunk[i].Version;
            }

            if (chunk.Count < Chunk)
            {
                return new Page(rows, null);
            }

            after = chunk[^1].Version;
        }
    }

    private async Task<Page> SortedPageAsync(BcEntitySet set, BcRowSource source, BcQueryOptions options, int limit, CancellationToken ct)
    {
        var matching = await AllMatchingAsync(set, source, options, ct);
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var (property, descending) in options.OrderBy)
        {
            Func<JsonObject, JsonNode?> key = row => row[property];
            ordered = ordered is null
                ? descending ? matching.OrderByDescending(key, NodeComparer.Instance) : matching.OrderBy(key, NodeComparer.Instance)
                : descending ? ordered.ThenByDescending(key, NodeComparer.Instance) : ordered.ThenBy(key, NodeComparer.Instance);
        }

        var offset = options.SkipToken?.Position ?? options.Skip;
        var rows = ordered!.Skip((int)offset).Take(limit).ToList();
        var next = offset + rows.Count;
        return new Page(rows, next < matching.Count ? next : null);
    }

    private async Task<List<JsonObject>> AllMatchingAsync(BcEntitySet set, BcRowSource source, BcQueryOptions options, CancellationToken ct)
    {
        var matching = new List<JsonObject>();
        long after = 0;
        while (true)
        {
            var chunk = await source(after, Chunk, ct);
            matching.AddRange((await reader.PresentAsync(set, chunk, ct)).Where(options.Predicate));
            if (chunk.Count < Chunk)
            {
                return matching;
            }

            after = chunk[^1].Version;
        }
    }

    private async Task<long> CountAsync(BcEntitySet set, BcRowSource source, BcQueryOptions options, CancellationToken ct) =>
        options.Filter is null && !set.Computed
            ? await reader.Store.CountAsync(set.StoreSet, ct)
            : (await AllMatchingAsync(set, source, options, ct)).Count;

    /// <summary>Orders JSON values as BC's SQL would: nulls first, numbers numerically, text case-insensitively.</summary>
    private sealed class NodeComparer : IComparer<JsonNode?>
    {
        public static readonly NodeComparer Instance = new();

        public int Compare(JsonNode? x, JsonNode? y)
        {
            var xNull = x is null || x.GetValueKind() == JsonValueKind.Null;
            var yNull = y is null || y.GetValueKind() == JsonValueKind.Null;
            if (xNull || yNull)
            {
                return xNull.CompareTo(yNull) * -1;
            }

            if (x!.GetValueKind() == JsonValueKind.Number && y!.GetValueKind() == JsonValueKind.Number)
            {
                return x.GetValue<decimal>().CompareTo(y.GetValue<decimal>());
            }

            var (left, right) = (Text(x), Text(y!));
            return left.Contains('T') && right.Contains('T')
                && DateTimeOffset.TryParse(left, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var leftInstant)
                && DateTimeOffset.TryParse(right, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rightInstant)
                ? leftInstant.CompareTo(rightInstant)
                : string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
        }

        private static string Text(JsonNode node) =>
            node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();
    }
}
