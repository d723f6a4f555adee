using System.Collections.Concurrent;

namespace CrmErpPortal.Sandbox.Diagnostics;

/// <summary>
/// Committed single-row writes (create, update, delete) per record since the sandbox started or the log was reset,
/// kept in memory only. A push benchmark reads it to prove each change was committed once: a replayed PATCH with the
/// same values leaves the row looking right, and only this count shows it was written twice. Seeding is not counted.
/// </summary>
public sealed class WriteLog
{
    private readonly ConcurrentDictionary<(string EntitySet, Guid Id), int> _commits = new();

    public void Committed(string entitySet, Guid id) => _commits.AddOrUpdate((entitySet, id), 1, (_, count) => count + 1);

    public IReadOnlyList<RecordCommits> Snapshot() =>
        [.. _commits.Select(c => new RecordCommits(c.Key.EntitySet, c.Key.Id, c.Value)).OrderBy(c => c.EntitySet, StringComparer.Ordinal).ThenBy(c => c.Id)];

    public void Reset() => _commits.Clear();
}

public sealed record RecordCommits(string EntitySet, Guid Id, int Commits);
