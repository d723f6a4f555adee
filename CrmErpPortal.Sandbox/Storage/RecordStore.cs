using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CrmErpPortal.Sandbox.Storage;

/// <summary>
/// An emulated system's tables in its own SQLite file, so what the portal pushes survives a restart.
/// Every write takes the next store-wide version number: Dataverse's versionnumber and the order of its change tracking.
/// Deletes leave a tombstone so a delta can report them.
/// </summary>
public sealed class RecordStore
{
    private const int ScanChunk = 2_000;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private long _version;

    private RecordStore(string connectionString, TimeProvider clock)
    {
        _connectionString = connectionString;
        _clock = clock;
    }

    public long CurrentVersion => Interlocked.Read(ref _version);

    /// <summary>Committed single-row writes per record (not the seeding's bulk inserts), for the push benchmark.</summary>
    public WriteLog Writes { get; } = new();

    public static RecordStore Open(string path, TimeProvider clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var store = new RecordStore(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString(), clock);
        using var connection = store.Connect();
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS records(
                entity_set TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, modified_ms INTEGER NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL, PRIMARY KEY(entity_set, id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_records_version ON records(entity_set, version);
            CREATE INDEX IF NOT EXISTS ix_records_modified ON records(entity_set, modified_ms);
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """);
        using var max = connection.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(version), 0) FROM records";
        store._version = (long)max.ExecuteScalar()!;
        return store;
    }

    public async Task<StoredRecord?> FindAsync(string entitySet, Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        var record = await ReadOneAsync(connection, entitySet, id, cancellationToken);
        return record is { Deleted: false } ? record : null;
    }

    public async Task<StoredRecord> InsertAsync(string entitySet, Guid id, JsonObject body, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Connect();
            var existing = await ReadOneAsync(connection, entitySet, id, cancellationToken);
            if (existing is { Deleted: false })
            {
                throw new DuplicateRecordException(entitySet, id);
            }

            return await WriteAsync(connection, entitySet, id, body, deleted: false, cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Replaces the body; with <paramref name="expectedVersion"/> the write happens only if nobody changed the row meanwhile.</summary>
    public Task<StoredRecord> UpdateAsync(
        string entitySet, Guid id, Func<JsonObject, JsonObject> change, long? expectedVersion, CancellationToken cancellationToken = default) =>
        RewriteAsync(entitySet, id, expectedVersion, existing => (change(existing.Body.DeepClone().AsObject()), false), cancellationToken);

    public Task<StoredRecord> DeleteAsync(string entitySet, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        RewriteAsync(entitySet, id, expectedVersion, existing => (existing.Body, true), cancellationToken);

    /// <summary>Rows changed after <paramref name="afterVersion"/>, oldest change first, read in chunks so any size streams.</summary>
    public async IAsyncEnumerable<StoredRecord> ScanAsync(
        string entitySet, long afterVersion, bool includeDeleted, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var from = afterVersion;
        while (true)
        {
            var chunk = await PageAsync(entitySet, from, ScanChunk, includeDeleted: true, cancellationToken);
            foreach (var record in chunk)
            {
                if (includeDeleted || !record.Deleted)
                {
                    yield return record;
                }
            }

            if (chunk.Count < ScanChunk)
            {
                yield break;
            }

            from = chunk[^1].Version;
        }
    }

    public async Task<IReadOnlyList<StoredRecord>> PageAsync(
        string entitySet, long afterVersion, int take, bool includeDeleted, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT entity_set, id, version, modified_ms, deleted, body FROM records
            WHERE entity_set = $set AND version > $after {(includeDeleted ? "" : "AND deleted = 0")}
            ORDER BY version LIMIT $take
            """;
        command.Parameters.AddWithValue("$set", entitySet);
        command.Parameters.AddWithValue("$after", afterVersion);
        command.Parameters.AddWithValue("$take", take);
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>
    /// Indexes a top-level JSON property (e.g. customerId, externalDocumentNumber) so lookups by it stay fast at
    /// a million rows. Idempotent; call it at start-up for the properties an emulator looks records up by.
    /// </summary>
    public void EnsurePropertyIndex(string property)
    {
        var path = PropertyPath(property);
        using var connection = Connect();
        Execute(connection, $"CREATE INDEX IF NOT EXISTS ix_prop_{property} ON records(entity_set, json_extract(body, '{path}')) WHERE deleted = 0");
    }

    /// <summary>Live rows whose top-level JSON property equals a value (uses the index from <see cref="EnsurePropertyIndex"/>).</summary>
    public async Task<IReadOnlyList<StoredRecord>> FindByPropertyAsync(
        string entitySet, string property, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        // The path is a literal (not a parameter) so SQLite can match the expression index.
        command.CommandText = $"""
            SELECT entity_set, id, version, modified_ms, deleted, body FROM records
            WHERE entity_set = $set AND deleted = 0 AND json_extract(body, '{PropertyPath(property)}') = $value
            ORDER BY version
            """;
        command.Parameters.AddWithValue("$set", entitySet);
        command.Parameters.AddWithValue("$value", value);
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>
    /// Live rows whose top-level JSON property equals any of the values: one indexed query per few hundred values
    /// instead of one per value, for $expand and computed fields over a whole page.
    /// </summary>
    public async Task<IReadOnlyList<StoredRecord>> FindByPropertyInAsync(
        string entitySet, string property, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default)
    {
        var records = new List<StoredRecord>();
        await using var connection = Connect();
        foreach (var chunk in values.Distinct().Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "$v" + i).ToArray();
            command.CommandText = $"""
                SELECT entity_set, id, version, modified_ms, deleted, body FROM records
                WHERE entity_set = $set AND deleted = 0 AND json_extract(body, '{PropertyPath(property)}') IN ({string.Join(',', names)})
                ORDER BY version
                """;
            command.Parameters.AddWithValue("$set", entitySet);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            records.AddRange(await ReadAllAsync(command, cancellationToken));
        }

        return records;
    }

    /// <summary>Live rows modified after an instant, in modification order: Business Central's lastModifiedDateTime polling.</summary>
    public async Task<IReadOnlyList<StoredRecord>> ModifiedSinceAsync(
        string entitySet, DateTimeOffset after, long afterVersion, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT entity_set, id, version, modified_ms, deleted, body FROM records
            WHERE entity_set = $set AND deleted = 0 AND modified_ms > $after AND version > $version
            ORDER BY version LIMIT $take
            """;
        command.Parameters.AddWithValue("$set", entitySet);
        command.Parameters.AddWithValue("$after", after.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$version", afterVersion);
        command.Parameters.AddWithValue("$take", take);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(string entitySet, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM records WHERE entity_set = $set AND deleted = 0";
        command.Parameters.AddWithValue("$set", entitySet);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>
    /// The highest committed version in a set, tombstones included. Writes commit in version order, so every change at or
    /// below it is visible: a safe point to pin a change-tracking read to (<see cref="CurrentVersion"/> may not be committed yet).
    /// </summary>
    public async Task<long> LastVersionAsync(string entitySet, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM records WHERE entity_set = $set";
        command.Parameters.AddWithValue("$set", entitySet);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Seeding: many inserts in one transaction, each with the next version and its own modified time.</summary>
    public async Task BulkInsertAsync(
        string entitySet, IEnumerable<(Guid Id, JsonObject Body, DateTimeOffset ModifiedAt)> rows, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Connect();
            await using var transaction = connection.BeginTransaction();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO records(entity_set, id, version, modified_ms, deleted, body)
                VALUES ($set, $id, $version, $modified, 0, $body)
                """;
            var set = command.Parameters.Add("$set", SqliteType.Text);
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var version = command.Parameters.Add("$version", SqliteType.Integer);
            var modified = command.Parameters.Add("$modified", SqliteType.Integer);
            var body = command.Parameters.Add("$body", SqliteType.Text);
            set.Value = entitySet;
            foreach (var row in rows)
            {
                id.Value = row.Id.ToString();
                version.Value = Interlocked.Increment(ref _version);
                modified.Value = row.ModifiedAt.ToUnixTimeMilliseconds();
                body.Value = row.Body.ToJsonString();
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES ($key, $value)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes a new version of a live row, refusing a missing row or a stale expected version.</summary>
    private async Task<StoredRecord> RewriteAsync(
        string entitySet, Guid id, long? expectedVersion, Func<StoredRecord, (JsonObject Body, bool Deleted)> next, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Connect();
            var existing = await ReadOneAsync(connection, entitySet, id, cancellationToken);
            if (existing is null || existing.Deleted)
            {
                throw new RecordNotFoundException(entitySet, id);
            }

            if (expectedVersion is { } expected && expected != existing.Version)
            {
                throw new VersionMismatchException(entitySet, id, expected, existing.Version);
            }

            var (body, deleted) = next(existing);
            return await WriteAsync(connection, entitySet, id, body, deleted, cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private async Task<StoredRecord> WriteAsync(
        SqliteConnection connection, string entitySet, Guid id, JsonObject body, bool deleted, CancellationToken cancellationToken)
    {
        var record = new StoredRecord(entitySet, id, Interlocked.Increment(ref _version), _clock.GetUtcNow(), deleted, body);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO records(entity_set, id, version, modified_ms, deleted, body)
            VALUES ($set, $id, $version, $modified, $deleted, $body)
            """;
        command.Parameters.AddWithValue("$set", entitySet);
        command.Parameters.AddWithValue("$id", id.ToString());
        command.Parameters.AddWithValue("$version", record.Version);
        command.Parameters.AddWithValue("$modified", record.ModifiedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$deleted", deleted ? 1 : 0);
        command.Parameters.AddWithValue("$body", body.ToJsonString());
        await command.ExecuteNonQueryAsync(cancellationToken);
        Writes.Committed(entitySet, id);
        return record;
    }

    private static async Task<StoredRecord?> ReadOneAsync(SqliteConnection connection, string entitySet, Guid id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_set, id, version, modified_ms, deleted, body FROM records WHERE entity_set = $set AND id = $id";
        command.Parameters.AddWithValue("$set", entitySet);
        command.Parameters.AddWithValue("$id", id.ToString());
        var rows = await ReadAllAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task<IReadOnlyList<StoredRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var records = new List<StoredRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new StoredRecord(
                reader.GetString(0),
                Guid.Parse(reader.GetString(1)),
                reader.GetInt64(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.GetInt64(4) == 1,
                JsonNode.Parse(reader.GetString(5))!.AsObject()));
        }

        return records;
    }

    private static string PropertyPath(string property) =>
        property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "$." + property
            : throw new ArgumentException($"'{property}' is not a plain property name.", nameof(property));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
