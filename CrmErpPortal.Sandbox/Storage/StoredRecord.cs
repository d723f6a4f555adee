using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Storage;

/// <summary>One row of an emulated table: the system's JSON body plus the metadata the emulators derive etags and deltas from.</summary>
public sealed record StoredRecord(string EntitySet, Guid Id, long Version, DateTimeOffset ModifiedAt, bool Deleted, JsonObject Body);

public sealed class RecordNotFoundException(string entitySet, Guid id) : Exception($"{entitySet}({id}) does not exist.");

public sealed class DuplicateRecordException(string entitySet, Guid id) : Exception($"{entitySet}({id}) already exists.");

public sealed class VersionMismatchException(string entitySet, Guid id, long expected, long actual)
    : Exception($"{entitySet}({id}) is at version {actual}, not {expected}.")
{
    public long ActualVersion { get; } = actual;
}
