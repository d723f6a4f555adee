using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// Rows generated since the last write, per store and entity set. Rows for a store that is not being seeded are counted
/// and dropped, so the generator draws the same random numbers whichever stores it writes.
/// </summary>
internal sealed class SeedBatch(bool keepCrm, bool keepErp, SeedReport report)
{
    private readonly Dictionary<string, List<(Guid Id, JsonObject Body, DateTimeOffset ModifiedAt)>> _crm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Guid Id, JsonObject Body, DateTimeOffset ModifiedAt)>> _erp = new(StringComparer.Ordinal);

    public int Pending { get; private set; }

    public void Crm(string entitySet, Guid id, JsonObject body, DateTimeOffset modifiedAt)
    {
        report.CrmRows[entitySet] = report.CrmRows.GetValueOrDefault(entitySet) + 1;
        if (keepCrm)
        {
            Add(_crm, entitySet, id, body, modifiedAt);
        }
    }

    public void Erp(string entitySet, Guid id, JsonObject body, DateTimeOffset modifiedAt)
    {
        report.ErpRows[entitySet] = report.ErpRows.GetValueOrDefault(entitySet) + 1;
        if (keepErp)
        {
            Add(_erp, entitySet, id, body, modifiedAt);
        }
    }

    /// <summary>Writes both stores side by side (separate files, separate locks), one transaction per entity set.</summary>
    public Task WriteAsync(RecordStore? crm, RecordStore? erp, CancellationToken cancellationToken) =>
        Task.WhenAll(WriteAsync(crm, _crm, cancellationToken), WriteAsync(erp, _erp, cancellationToken));

    private static async Task WriteAsync(
        RecordStore? store, Dictionary<string, List<(Guid, JsonObject, DateTimeOffset)>> sets, CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        await Task.Yield();
        foreach (var (entitySet, rows) in sets)
        {
            await store.BulkInsertAsync(entitySet, rows, cancellationToken);
        }
    }

    private void Add(Dictionary<string, List<(Guid, JsonObject, DateTimeOffset)>> sets, string entitySet, Guid id, JsonObject body, DateTimeOffset modifiedAt)
    {
        if (!sets.TryGetValue(entitySet, out var rows))
        {
            rows = [];
            sets[entitySet] = rows;
        }

        rows.Add((id, body, modifiedAt));
        Pending++;
    }
}
