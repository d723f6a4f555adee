using System.Globalization;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.OData;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>GET on a table or a record: $select, $filter, $orderby, $top, $count, $expand and server-driven paging.</summary>
public sealed class RecordQueries(DataverseEmulator emulator, ChangeTracking changeTracking, ExpandReader expand)
{
    private const int CountLimit = 5000;

    public async Task<IResult> GetAsync(HttpContext context, string resource)
    {
        var request = context.Request;
        var address = RecordAddress.Parse(resource);
        RejectUnsupportedOptions(request.Query);
        var prefer = PreferHeader.Parse(request);
        if (!address.IsCollection)
        {
            return await GetOneAsync(context, address, prefer);
        }

        var cursor = PageCursor.Decode(request.Query["$skiptoken"]);
        if (prefer.TrackChanges || request.Query.ContainsKey("$deltatoken") || cursor?.Mode is CursorMode.InitialSync or CursorMode.Delta)
        {
            return await changeTracking.ReadAsync(context, address.Table, prefer, cursor);
        }

        return await GetPageAsync(context, address.Table, prefer, cursor);
    }

    /// <summary><c>accounts/$count</c> (capped at 5,000) or, with a $deltatoken, the number of pending changes; plain text like the real one.</summary>
    public async Task<IResult> GetCountAsync(HttpContext context, string resource)
    {
        var address = RecordAddress.Parse(resource);
        var deltaToken = context.Request.Query["$deltatoken"].ToString();
        var count = deltaToken.Length > 0
            ? await changeTracking.CountChangesAsync(address.Table, deltaToken, context.RequestAborted)
            : Math.Min(await emulator.Store.CountAsync(address.Table.EntitySet, context.RequestAborted), CountLimit);
        return Results.Text(count.ToString(CultureInfo.InvariantCulture), "text/plain");
    }

    private async Task<IResult> GetOneAsync(HttpContext context, RecordAddress address, PreferHeader prefer)
    {
        var request = context.Request;
        var selection = Selection.Parse(request.Query["$select"], address.Table);
        var record = await emulator.FindAsync(address, context.RequestAborted) ?? throw DataverseErrors.NotFound(address.Table, address.KeyText);
        var expands = expand.Parse(request.Query["$expand"], address.Table);
        // Dataverse never answers 304 when the query expands or asks for annotations (the result may differ with the same etag).
        if (expands.Count == 0 && prefer.IncludeAnnotations is null && request.Headers.IfNoneMatch.ToString() == WireFormat.ETag(record.Version))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var row = WireFormat.ToWire(record, address.Table, selection, prefer);
        await expand.AddAsync(row, record.Body, expands, prefer, context.RequestAborted);
        var body = new JsonObject { ["@odata.context"] = $"{ODataResponses.ServiceRoot(request)}$metadata#{address.Table.EntitySet}{selection.ContextSuffix}/$entity" };
        foreach (var (name, value) in row)
        {
            body[name] = value?.DeepClone();
        }

        ApplyAnnotationPreference(context.Response, prefer);
        return ODataResponses.Json(body);
    }

    private async Task<IResult> GetPageAsync(HttpContext context, DataverseTable table, PreferHeader prefer, PageCursor? cursor)
    {
        var request = context.Request;
        var query = request.Query;
        var selection = Selection.Parse(query["$select"], table);
        var filter = ODataFilter.Parse(query["$filter"]);
        var orderBy = OrderBy.Parse(query["$orderby"], table);
        var expands = expand.Parse(query["$expand"], table);
        var (pageSize, canPage) = PageSize(prefer, query["$top"]);
        if (prefer.MaxPageSize is { } applied)
        {
            ODataResponses.AddPreferenceApplied(context.Response, $"odata.maxpagesize={applied}");
        }

        var (page, more, count) = orderBy.IsEmpty
            ? await ReadByVersionAsync(table, filter, pageSize, cursor?.After ?? 0, query["$count"] == "true", context.RequestAborted)
            : await ReadSortedAsync(table, filter, orderBy, pageSize, cursor, context.RequestAborted);

        var body = new JsonObject { ["@odata.context"] = $"{ODataResponses.ServiceRoot(request)}$metadata#{table.EntitySet}{selection.ContextSuffix}" };
        if (query["$count"] == "true")
        {
            body["@odata.count"] = Math.Min(count, CountLimit);
            if (count > CountLimit)
            {
                body["@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded"] = true;
            }
        }

        var rows = new JsonArray();
        foreach (var record in page)
        {
            var row = WireFormat.ToWire(record, table, selection, prefer);
            await expand.AddAsync(row, record.Body, expands, prefer, context.RequestAborted);
            rows.Add(row);
        }

        body["value"] = rows;
        if (more && canPage)
        {
            var last = page[^1];
            var next = orderBy.IsEmpty
                ? new PageCursor(CursorMode.ByVersion, last.Version)
                : new PageCursor(CursorMode.BySortKey, 0, Keys: orderBy.KeyOf(last.Body), LastId: last.Id);
            body["@odata.nextLink"] = ODataResponses.Link(request, table.EntitySet, "$skiptoken", next.Encode());
        }

        ApplyAnnotationPreference(context.Response, prefer);
        return ODataResponses.Json(body);
    }

    /// <summary>Without $orderby rows come in versionnumber order (creation/change order), which pages cheaply at any size.</summary>
    private async Task<(IReadOnlyList<StoredRecord> Page, bool More, int Count)> ReadByVersionAsync(
        DataverseTable table, Func<JsonObject, bool> filter, int pageSize, long after, bool wantCount, CancellationToken cancellationToken)
    {
        var page = new List<StoredRecord>();
        await foreach (var record in emulator.Store.ScanAsync(table.EntitySet, after, includeDeleted: false, cancellationToken))
        {
            if (filter(WireFormat.Enrich(record)))
            {
                page.Add(record);
                if (page.Count > pageSize)
                {
                    break;
                }
            }
        }

        var more = page.Count > pageSize;
        var count = wantCount ? await CountAsync(table, filter, cancellationToken) : 0;
        return (more ? page.GetRange(0, pageSize) : page, more, count);
    }

    private async Task<(IReadOnlyList<StoredRecord> Page, bool More, int Count)> ReadSortedAsync(
        DataverseTable table, Func<JsonObject, bool> filter, OrderBy orderBy, int pageSize, PageCursor? cursor, CancellationToken cancellationToken)
    {
        var matches = new List<(StoredRecord Record, JsonArray Key)>();
        await foreach (var record in emulator.Store.ScanAsync(table.EntitySet, 0, includeDeleted: false, cancellationToken))
        {
            if (filter(WireFormat.Enrich(record)))
            {
                matches.Add((record, orderBy.KeyOf(record.Body)));
            }
        }

        matches.Sort((a, b) => orderBy.Compare(a.Key, a.Record.Id, b.Key, b.Record.Id));
        var start = cursor is { Keys: { } keys, LastId: { } lastId }
            ? matches.FindIndex(m => orderBy.Compare(m.Key, m.Record.Id, keys, lastId) > 0) is var at and >= 0 ? at : matches.Count
            : 0;
        var page = matches.Skip(start).Take(pageSize).Select(m => m.Record).ToList();
        return (page, start + pageSize < matches.Count, matches.Count);
    }

    private async Task<int> CountAsync(DataverseTable table, Func<JsonObject, bool> filter, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var record in emulator.Store.ScanAsync(table.EntitySet, 0, includeDeleted: false, cancellationToken))
        {
            if (filter(WireFormat.Enrich(record)) && ++count > CountLimit)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>odata.maxpagesize wins over $top (Dataverse ignores $top then); $top alone is a one-shot read without nextLink.</summary>
    private static (int Size, bool CanPage) PageSize(PreferHeader prefer, string? top)
    {
        if (prefer.MaxPageSize is { } size)
        {
            return (size, true);
        }

        if (top is not null)
        {
            return int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? (Math.Min(n, PreferHeader.PageLimit), false)
                : throw DataverseErrors.BadRequest($"Invalid value '{top}' for $top query option found.");
        }

        return (PreferHeader.PageLimit, true);
    }

    private static void RejectUnsupportedOptions(IQueryCollection query)
    {
        foreach (var option in new[] { "$skip", "$apply", "$search" })
        {
            if (query.ContainsKey(option))
            {
                throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported,
                    $"The query parameter {option} is not supported");
            }
        }
    }

    private static void ApplyAnnotationPreference(HttpResponse response, PreferHeader prefer)
    {
        if (prefer.IncludeAnnotations is { } annotations)
        {
            ODataResponses.AddPreferenceApplied(response, $"odata.include-annotations=\"{annotations}\"");
        }
    }
}
