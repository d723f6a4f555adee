using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// POST, PATCH and DELETE on company-scoped sets with BC's rules: If-Match required on PATCH, stale → 409,
/// read-only fields refused, customer numbers unique, deep insert of lines, header totals kept in step with lines.
/// Writes are serialised so number checks and multi-row document changes cannot interleave.
/// </summary>
public sealed class BcWriter(RecordStore store, BcDocuments documents, BcChangeFeed changes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<StoredRecord> CreateAsync(BcEntitySet set, JsonObject body, Guid? parentId, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await CreateLockedAsync(set, body, parentId, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<StoredRecord> UpdateAsync(BcEntitySet set, Guid id, JsonObject patch, long? expectedVersion, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var existing = await store.FindAsync(set.StoreSet, id, ct) ?? throw BcException.NotFound();
            if (expectedVersion is { } expected && expected != existing.Version)
            {
                throw BcException.EntityChanged();
            }

            Clean(patch);
            CheckWritable(set, patch, creating: false);
            var merged = existing.Body.DeepClone().AsObject();
            foreach (var (name, value) in patch)
            {
                merged[name] = value?.DeepClone();
            }

            await PrepareAsync(set, merged, patch, ct);
            var record = await Write(() => store.UpdateAsync(set.StoreSet, id, _ => merged, existing.Version, ct));
            record = await AfterWriteAsync(set, record, "updated", ct);
            return record;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DeleteAsync(BcEntitySet set, Guid id, long? expectedVersion, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var record = await Write(() => store.DeleteAsync(set.StoreSet, id, expectedVersion, ct));
            if (set.LinesSet is { } lines)
            {
                await documents.DeleteLinesAsync(lines, id, ct);
            }

            await AfterWriteAsync(set, record, "deleted", ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For bound actions that change several documents at once (makeOrder) under the same lock as every write.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await action();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Notify(BcEntitySet set, StoredRecord record, string changeType)
    {
        if (set.Webhooks)
        {
            changes.Record(new BcChange(set.Name, record.Id, changeType, record.ModifiedAt));
        }
    }

    /// <summary>Callers hold the write lock. <paramref name="trusted"/> copies (makeOrder) may carry read-only fields; they are recomputed.</summary>
    internal async Task<StoredRecord> CreateLockedAsync(BcEntitySet set, JsonObject body, Guid? parentId, CancellationToken ct, bool trusted = false)
    {
        Clean(body);
        if (!trusted)
        {
            CheckWritable(set, body, creating: true);
        }

        var id = body["id"] is null ? Guid.NewGuid()
            : BcJson.ReadGuid(body["id"]) ?? throw BcException.BadRequest("The value of 'id' is not a valid GUID");
        body["id"] = id.ToString();
        var lines = set.LinesSet is { } linesSet && body[linesSet] is JsonArray array ? array : null;
        if (set.LinesSet is { } nested)
        {
            body.Remove(nested);
        }

        if (set.Kind == BcSetKind.DocumentLines && parentId is { } documentId)
        {
            body["documentId"] = documentId.ToString();
        }

        await PrepareAsync(set, body, body, ct);
        var record = await Write(() => store.InsertAsync(set.StoreSet, id, body, ct));
        if (lines is not null)
        {
            record = await documents.InsertLinesAsync(set, record, lines, this, trusted, ct);
        }

        return await AfterWriteAsync(set, record, "created", ct);
    }

    private async Task PrepareAsync(BcEntitySet set, JsonObject merged, JsonObject sent, CancellationToken ct)
    {
        switch (set.Kind)
        {
            case BcSetKind.Customers:
                foreach (var (name, _) in sent)
                {
                    if (!BcEntitySets.CustomerFields.Contains(name))
                    {
                        throw BcException.BadRequest(
                            $"The property '{name}' does not exist on type 'Microsoft.NAV.customer'. Make sure to only use property names that are defined by the type");
                    }
                }

                merged.Remove("balanceDue");
                merged["type"] ??= "Company";
                merged["blocked"] ??= " ";
                await documents.AssignNumberAsync(set, merged, ct);
                break;
            case BcSetKind.Entity when set.NumberPrefix is not null:
                await documents.AssignNumberAsync(set, merged, ct);
                break;
            case BcSetKind.Document:
                await documents.PrepareHeaderAsync(set, merged, sent, ct);
                break;
            case BcSetKind.DocumentLines:
                await documents.PrepareLineAsync(set, merged, ct);
                break;
        }
    }

    private async Task<StoredRecord> AfterWriteAsync(BcEntitySet set, StoredRecord record, string changeType, CancellationToken ct)
    {
        if (set.Kind == BcSetKind.DocumentLines && BcJson.ReadGuid(record.Body["documentId"]) is { } documentId)
        {
            var header = BcEntitySets.Find(set.HeaderSet!);
            if (await documents.RecalculateAsync(header, documentId, ct) is { } updated)
            {
                Notify(header, updated, "updated");
            }

            return record;
        }

        if (set.Kind == BcSetKind.Document && changeType != "deleted")
        {
            record = await documents.RecalculateAsync(set, record.Id, ct) ?? record;
        }

        Notify(set, record, changeType);
        return record;
    }

    private static void Clean(JsonObject body)
    {
        foreach (var name in body.Select(p => p.Key).Where(n => n.StartsWith('@') || n.Contains("@odata.", StringComparison.Ordinal)).ToList())
        {
            body.Remove(name);
        }
    }

    private static void CheckWritable(BcEntitySet set, JsonObject body, bool creating)
    {
        if (set.Computed)
        {
            throw new BcException(StatusCodes.Status405MethodNotAllowed, "BadRequest_MethodNotAllowed", $"'{set.Name}' is read-only");
        }

        foreach (var (name, _) in body)
        {
            var allowedOnCreate = creating && name is "id" or "documentId";
            var readOnly = set.ReadOnly.Contains(name) || (!creating && set.Kind is BcSetKind.Document && name == "number");
            if (readOnly && !allowedOnCreate)
            {
                throw new BcException(StatusCodes.Status400BadRequest, "BadRequest_InvalidOperation", $"The property '{name}' is read-only and cannot be modified");
            }
        }
    }

    private static async Task<StoredRecord> Write(Func<Task<StoredRecord>> write)
    {
        try
        {
            return await write();
        }
        catch (RecordNotFoundException)
        {
            throw BcException.NotFound();
        }
        catch (VersionMismatchException)
        {
            throw BcException.EntityChanged();
        }
        catch (DuplicateRecordException)
        {
            throw new BcException(StatusCodes.Status409Conflict, "Internal_EntityWithSameKeyExists", "The record already exists");
        }
    }
}
