using System.Globalization;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Dataverse.Webhooks;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>POST (create), PATCH (upsert / update / create-only by If-Match and If-None-Match) and DELETE, with Dataverse's statuses.</summary>
public sealed class RecordWrites(DataverseEmulator emulator, WriteBody writeBody)
{
    public async Task<IResult> CreateAsync(HttpContext context, string resource)
    {
        var address = RecordAddress.Parse(resource);
        if (!address.IsCollection)
        {
            throw new DataverseException(StatusCodes.Status405MethodNotAllowed, DataverseErrors.QueryNotSupported,
                "POST is not allowed on a single record; use PATCH to update or upsert it.");
        }

        var table = address.Table;
        var columns = await ReadBodyAsync(context, table);
        var id = columns[table.PrimaryKey] is { } key ? ParseKey(table, key) : Guid.NewGuid();
        var record = await CreateRecordAsync(table, id, columns, context.RequestAborted);
        return Respond(context, table, record, created: true, $"{table.EntitySet}({id})");
    }

    public async Task<IResult> UpsertAsync(HttpContext context, string resource)
    {
        var address = RecordAddress.Parse(resource);
        var table = address.Table;
        if (address.IsCollection)
        {
            throw new DataverseException(StatusCodes.Status405MethodNotAllowed, DataverseErrors.QueryNotSupported,
                "PATCH needs a record address such as accounts(<guid>).");
        }

        var columns = await ReadBodyAsync(context, table);
        if (address.Id is { } addressed && columns[table.PrimaryKey] is { } sent && ParseKey(table, sent) != addressed)
        {
            throw DataverseErrors.BadRequest($"The {table.PrimaryKey} in the body does not match the record addressed by the URL.");
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString();
        var createOnly = context.Request.Headers.IfNoneMatch.ToString() == "*";
        StoredRecord record;
        bool created;
        (StoredRecord Quote, JsonObject Totals)? quoteTotals = null;
        await emulator.WriteGate.WaitAsync(context.RequestAborted);
        try
        {
            var existing = await emulator.FindAsync(address, context.RequestAborted);
            if (existing is not null && createOnly)
            {
                throw new DataverseException(StatusCodes.Status412PreconditionFailed, DataverseErrors.DuplicateRecord,
                    "A record with matching key values already exists.");
            }

            if (existing is null && ifMatch.Length > 0)
            {
                throw DataverseErrors.NotFound(table, address.KeyText);
            }

            created = existing is null;
            if (existing is null)
            {
                if (address.KeyColumn is { } keyColumn)
                {
                    columns[keyColumn] = address.KeyValue;
                }

                record = await InsertAsync(table, address.Id ?? Guid.NewGuid(), columns, context.RequestAborted);
            }
            else
            {
                var repriced = Reprice(table, existing, columns);
                record = await UpdateAsync(table, existing, columns, ExpectedVersion(ifMatch), context.RequestAborted);
                quoteTotals = repriced is { } difference ? await RepriceQuoteAsync(record, difference, context.RequestAborted) : null;
            }
        }
        finally
        {
            emulator.WriteGate.Release();
        }

        Publish(created ? "Create" : "Update", table, record, created ? record.Body : columns);
        if (quoteTotals is var (quote, totals))
        {
            Publish("Update", DataverseTables.Find("quotes")!, quote, totals);
        }

        return Respond(context, table, record, created, resource);
    }

    public async Task<IResult> DeleteAsync(HttpContext context, string resource)
    {
        var address = RecordAddress.Parse(resource);
        if (address.IsCollection)
        {
            throw new DataverseException(StatusCodes.Status405MethodNotAllowed, DataverseErrors.QueryNotSupported, "DELETE needs a record address.");
        }

        StoredRecord deleted;
        await emulator.WriteGate.WaitAsync(context.RequestAborted);
        try
        {
            var existing = await emulator.FindAsync(address, context.RequestAborted) ?? throw DataverseErrors.NotFound(address.Table, address.KeyText);
            deleted = await Guard(() => emulator.Store.DeleteAsync(address.Table.EntitySet, existing.Id, ExpectedVersion(context.Request.Headers.IfMatch.ToString()), context.RequestAborted));
        }
        finally
        {
            emulator.WriteGate.Release();
        }

        Publish("Delete", address.Table, deleted, new JsonObject());
        return Results.NoContent();
    }

    /// <summary>Creates a record outside an HTTP request (actions such as ConvertQuoteToSalesOrder), webhooks included.</summary>
    public async Task<StoredRecord> CreateRecordAsync(DataverseTable table, Guid id, JsonObject columns, CancellationToken cancellationToken)
    {
        StoredRecord record;
        await emulator.WriteGate.WaitAsync(cancellationToken);
        try
        {
            record = await InsertAsync(table, id, columns, cancellationToken);
        }
        finally
        {
            emulator.WriteGate.Release();
        }

        Publish("Create", table, record, record.Body);
        return record;
    }

    /// <summary>Updates a record outside an HTTP request (actions), webhooks included.</summary>
    public async Task<StoredRecord> UpdateRecordAsync(DataverseTable table, StoredRecord existing, JsonObject columns, CancellationToken cancellationToken)
    {
        StoredRecord record;
        await emulator.WriteGate.WaitAsync(cancellationToken);
        try
        {
            record = await UpdateAsync(table, existing, columns, null, cancellationToken);
        }
        finally
        {
            emulator.WriteGate.Release();
        }

        Publish("Update", table, record, columns);
        return record;
    }

    private async Task<StoredRecord> InsertAsync(DataverseTable table, Guid id, JsonObject columns, CancellationToken cancellationToken)
    {
        var now = emulator.Clock.GetUtcNow();
        var body = new JsonObject { [table.PrimaryKey] = id.ToString() };
        Merge(body, columns);
        body["createdon"] = WireFormat.Timestamp(now);
        body["statecode"] ??= 0;
        body["statuscode"] ??= table.DefaultStatusCode;
        if (table.AutoNumber is var (column, prefix) && body[column] is null)
        {
            body[column] = $"{prefix}-{emulator.Store.CurrentVersion + 1001:D5}-{id.ToString("N")[..6].ToUpperInvariant()}";
        }

        ComputeFullName(table, body);
        await EnsureAlternateKeyIsFreeAsync(table, id, body, cancellationToken);
        return await Guard(() => emulator.Store.InsertAsync(table.EntitySet, id, body, cancellationToken));
    }

    private async Task<StoredRecord> UpdateAsync(DataverseTable table, StoredRecord existing, JsonObject columns, long? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is { } expected && expected != existing.Version)
        {
            throw VersionMismatch();
        }

        var merged = existing.Body.DeepClone().AsObject();
        Merge(merged, columns);
        await EnsureAlternateKeyIsFreeAsync(table, existing.Id, merged, cancellationToken);
        return await Guard(() => emulator.Store.UpdateAsync(table.EntitySet, existing.Id, body =>
        {
            Merge(body, columns);
            ComputeFullName(table, body);
            return body;
        }, existing.Version, cancellationToken));
    }

    /// <summary>
    /// Dataverse re-prices a quote when one of its lines changes price or quantity: the line's extendedamount (set here
    /// in the same write) and the quote's totalamount follow. Returns the line's change in amount, or null.
    /// </summary>
    private static decimal? Reprice(DataverseTable table, StoredRecord existing, JsonObject columns)
    {
        if (table.EntitySet != "quotedetails" || !(columns.ContainsKey("priceperunit") || columns.ContainsKey("quantity")))
        {
            return null;
        }

        decimal Value(string column) => (decimal?)(columns.ContainsKey(column) ? columns[column] : existing.Body[column]) ?? 0m;
        var amount = (Value("priceperunit") * Value("quantity")) - Value("manualdiscountamount") + Value("tax");
        columns["extendedamount"] = amount;
        return amount - ((decimal?)existing.Body["extendedamount"] ?? 0m);
    }

    /// <summary>The quote's total moves by the line's difference, so header discounts and freight stay as they were.</summary>
    private async Task<(StoredRecord Quote, JsonObject Totals)?> RepriceQuoteAsync(StoredRecord line, decimal difference, CancellationToken cancellationToken)
    {
        if (difference == 0m || !Guid.TryParse(line.Body["_quoteid_value"]?.ToString(), out var quoteId)
            || await emulator.Store.FindAsync("quotes", quoteId, cancellationToken) is not { } quote)
        {
            return null;
        }

        var totals = new JsonObject { ["totalamount"] = ((decimal?)quote.Body["totalamount"] ?? 0m) + difference };
        return (await UpdateAsync(DataverseTables.Find("quotes")!, quote, totals, null, cancellationToken), totals);
    }

    private async Task EnsureAlternateKeyIsFreeAsync(DataverseTable table, Guid id, JsonObject body, CancellationToken cancellationToken)
    {
        if (table.AlternateKey is not { } key || body[key]?.ToString() is not { Length: > 0 } value)
        {
            return;
        }

        var holders = await emulator.Store.FindByPropertyAsync(table.EntitySet, key, value, cancellationToken);
        if (holders.Any(h => h.Id != id))
        {
            throw new DataverseException(StatusCodes.Status412PreconditionFailed, DataverseErrors.DuplicateKey,
                $"A record that has the attribute values {key} = {value} already exists. The entity key {table.LogicalName}_{key} requires that this set of attributes contains unique values.");
        }
    }

    private async Task<JsonObject> ReadBodyAsync(HttpContext context, DataverseTable table)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw DataverseErrors.BadRequest($"Invalid JSON in the request body: {ex.Message}");
        }

        return await writeBody.TranslateAsync(node, table, context.RequestAborted);
    }

    private IResult Respond(HttpContext context, DataverseTable table, StoredRecord record, bool created, string resource)
    {
        var prefer = PreferHeader.Parse(context.Request);
        if (!prefer.ReturnRepresentation)
        {
            context.Response.Headers["OData-EntityId"] = ODataResponses.ServiceRoot(context.Request) + resource;
            return Results.NoContent();
        }

        ODataResponses.AddPreferenceApplied(context.Response, "return=representation");
        var selection = Selection.Parse(context.Request.Query["$select"], table);
        var body = new JsonObject { ["@odata.context"] = $"{ODataResponses.ServiceRoot(context.Request)}$metadata#{table.EntitySet}{selection.ContextSuffix}/$entity" };
        foreach (var (name, value) in WireFormat.ToWire(record, table, selection, prefer))
        {
            body[name] = value?.DeepClone();
        }

        return ODataResponses.Json(body, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private void Publish(string message, DataverseTable table, StoredRecord record, JsonObject attributes) =>
        emulator.Webhooks.Publish(new ChangeEvent(message, table, record.Id, attributes.DeepClone().AsObject(), record.ModifiedAt));

    /// <summary>Only the sent columns change; a lookup cleared with a null bind also loses its annotation.</summary>
    private static void Merge(JsonObject body, JsonObject columns)
    {
        foreach (var (name, value) in columns)
        {
            if (value is null && name.Contains('@'))
            {
                body.Remove(name);
            }
            else
            {
                body[name] = value?.DeepClone();
            }
        }
    }

    private static void ComputeFullName(DataverseTable table, JsonObject body)
    {
        if (table.LogicalName == "contact")
        {
            body["fullname"] = $"{body["firstname"]?.GetValue<string>()} {body["lastname"]?.GetValue<string>()}".Trim();
        }
    }

    private static Guid ParseKey(DataverseTable table, JsonNode key) =>
        Guid.TryParse(key.ToString(), out var id) ? id : throw DataverseErrors.BadRequest($"'{key}' is not a valid value for {table.PrimaryKey}.");

    /// <summary>If-Match: W/"123" pins the version; "*" (or none) only demands that the record exists.</summary>
    private static long? ExpectedVersion(string ifMatch)
    {
        if (ifMatch is "" or "*")
        {
            return null;
        }

        var digits = ifMatch.Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : throw VersionMismatch();
    }

    private static DataverseException VersionMismatch() =>
        new(StatusCodes.Status412PreconditionFailed, DataverseErrors.VersionMismatch,
            "The version of the existing record doesn't match the RowVersion property provided.");

    private static async Task<StoredRecord> Guard(Func<Task<StoredRecord>> write)
    {
        try
        {
            return await write();
        }
        catch (DuplicateRecordException)
        {
            throw new DataverseException(StatusCodes.Status412PreconditionFailed, DataverseErrors.DuplicateRecord, "Cannot insert duplicate key.");
        }
        catch (VersionMismatchException)
        {
            throw VersionMismatch();
        }
        catch (RecordNotFoundException ex)
        {
            throw new DataverseException(StatusCodes.Status404NotFound, DataverseErrors.RecordNotFound, ex.Message);
        }
    }
}
