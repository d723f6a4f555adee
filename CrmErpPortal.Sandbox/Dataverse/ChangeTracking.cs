using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>
/// <c>Prefer: odata.track-changes</c>: an initial load that ends in an @odata.deltaLink, and delta reads that list changed rows
/// then <c>$deletedEntity</c> rows. Each read is pinned on its first page to the store's last committed version, so a row that
/// changes while the caller pages shows up in the next delta instead of being skipped.
/// </summary>
public sealed class ChangeTracking(DataverseEmulator emulator)
{
    private static readonly string[] RejectedOptions = ["$filter", "$orderby", "$expand", "$top"];

    public async Task<IResult> ReadAsync(HttpContext context, DataverseTable table, PreferHeader prefer, PageCursor? cursor)
    {
        var request = context.Request;
        foreach (var option in RejectedOptions.Where(request.Query.ContainsKey))
        {
            throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported,
                $"The query option {option} is not supported when change tracking is requested (Prefer: odata.track-changes).");
        }

        var selection = Selection.Parse(request.Query["$select"], table);
        var pageSize = prefer.MaxPageSize ?? PreferHeader.PageLimit;
        ApplyPreferences(context.Response, prefer);
        cursor ??= await StartAsync(table, request.Query["$deltatoken"], context.RequestAborted);

        var (records, next) = cursor.Mode == CursorMode.InitialSync
            ? await ReadInitialAsync(table, cursor, pageSize, context.RequestAborted)
            : await ReadDeltaAsync(table, cursor, pageSize, context.RequestAborted);

        var root = ODataResponses.ServiceRoot(request);
        var suffix = cursor.Mode == CursorMode.Delta ? "/$delta" : "";
        var body = new JsonObject { ["@odata.context"] = $"{root}$metadata#{table.EntitySet}{selection.ContextSuffix}{suffix}" };
        body["value"] = new JsonArray([.. records.Select(r => r.Deleted ? DeletedEntity(root, table, r) : WireFormat.ToWire(r, table, selection, prefer))]);
        if (next is not null)
        {
            body["@odata.nextLink"] = ODataResponses.Link(request, table.EntitySet, "$skiptoken", next.Encode());
        }
        else
        {
            var token = new DeltaToken(cursor.Until, emulator.Clock.GetUtcNow());
            body["@odata.deltaLink"] = ODataResponses.Link(request, table.EntitySet, "$deltatoken", token.ToString());
        }

        return ODataResponses.Json(body);
    }

    /// <summary>How many changes a delta token would return (<c>accounts/$count?$deltatoken=…</c>).</summary>
    public async Task<int> CountChangesAsync(DataverseTable table, string deltaToken, CancellationToken cancellationToken)
    {
        var cursor = await StartAsync(table, deltaToken, cancellationToken);
        var count = 0;
        await foreach (var _ in emulator.Store.ScanAsync(table.EntitySet, cursor.After, includeDeleted: true, cancellationToken))
        {
            count++;
        }

        return count;
    }

    private async Task<PageCursor> StartAsync(DataverseTable table, string? deltaToken, CancellationToken cancellationToken)
    {
        var until = await emulator.Store.LastVersionAsync(table.EntitySet, cancellationToken);
        if (deltaToken is null)
        {
            return new PageCursor(CursorMode.InitialSync, 0, until);
        }

        var token = DeltaToken.Parse(deltaToken);
        var lifetime = TimeSpan.FromDays(emulator.Settings.ChangeTrackingDays);
        if (token.IsExpired(emulator.Clock.GetUtcNow(), lifetime, emulator.Faults.TokensExpireBefore))
        {
            throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.ChangeTrackingExpired, DeltaToken.ExpiredMessage);
        }

        return new PageCursor(CursorMode.Delta, token.Version, until, From: token.Version);
    }

    private async Task<(List<StoredRecord>, PageCursor?)> ReadInitialAsync(DataverseTable table, PageCursor cursor, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await CollectAsync(table, cursor.After, cursor.Until, deleted: false, pageSize, cancellationToken);
        return rows.Count > pageSize
            ? (rows.GetRange(0, pageSize), cursor with { After = rows[pageSize - 1].Version })
            : (rows, null);
    }

    private async Task<(List<StoredRecord>, PageCursor?)> ReadDeltaAsync(DataverseTable table, PageCursor cursor, int pageSize, CancellationToken cancellationToken)
    {
        var page = new List<StoredRecord>();
        if (cursor.Phase == 0)
        {
            var changed = await CollectAsync(table, cursor.After, cursor.Until, deleted: false, pageSize, cancellationToken);
            if (changed.Count > pageSize)
            {
                return (changed.GetRange(0, pageSize), cursor with { After = changed[pageSize - 1].Version });
            }

            page.AddRange(changed);
            cursor = cursor with { Phase = 1, After = cursor.From };
        }

        var room = pageSize - page.Count;
        var deleted = await CollectAsync(table, cursor.After, cursor.Until, deleted: true, room, cancellationToken);
        if (deleted.Count > room)
        {
            page.AddRange(deleted.GetRange(0, room));
            return (page, cursor with { After = room > 0 ? deleted[room - 1].Version : cursor.After });
        }

        page.AddRange(deleted);
        return (page, null);
    }

    /// <summary>Live or deleted rows in (after, until], oldest change first, at most capacity + 1 (the extra one says "more").</summary>
    private async Task<List<StoredRecord>> CollectAsync(
        DataverseTable table, long after, long until, bool deleted, int capacity, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRecord>();
        await foreach (var record in emulator.Store.ScanAsync(table.EntitySet, after, includeDeleted: true, cancellationToken))
        {
            if (record.Version > until || rows.Count > capacity)
            {
                break;
            }

            if (record.Deleted == deleted)
            {
                rows.Add(record);
            }
        }

        return rows;
    }

    private static JsonObject DeletedEntity(string root, DataverseTable table, StoredRecord record) => new()
    {
        ["@odata.context"] = $"{root}$metadata#{table.EntitySet}/$deletedEntity",
        ["id"] = record.Id.ToString(),
        ["reason"] = "deleted",
    };

    private static void ApplyPreferences(HttpResponse response, PreferHeader prefer)
    {
        if (prefer.TrackChanges)
        {
            ODataResponses.AddPreferenceApplied(response, "odata.track-changes");
        }

        if (prefer.MaxPageSize is { } size)
        {
            ODataResponses.AddPreferenceApplied(response, $"odata.maxpagesize={size}");
        }
    }
}
