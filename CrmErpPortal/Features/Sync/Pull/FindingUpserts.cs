using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Findings;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>One source record as the rules saw it on this pull.</summary>
public sealed record ScreenedRecord(string SourceRecordId, Guid CustomerId, Guid? ContactId, string CountryCode, IReadOnlyList<FieldFinding> Findings);

/// <summary>
/// Records a page's findings in the page's own context and transaction, with one query: a finding seen again only
/// moves LastSeenAt, one no longer produced is resolved, one that comes back is reopened.
/// </summary>
public static class FindingUpserts
{
    public static async Task ApplyAsync(
        PortalDbContext db, SourceSystem system, IReadOnlyCollection<ScreenedRecord> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var latest = records.GroupBy(r => r.SourceRecordId).Select(g => g.Last()).ToList();
        var existing = await LoadAsync(db, system, latest.Select(r => r.SourceRecordId), cancellationToken);
        var byKey = existing.ToDictionary(f => (f.SourceRecordId, f.Field, f.Rule));
        var current = new HashSet<(string, string, string)>();
        foreach (var record in latest)
        {
            foreach (var finding in record.Findings)
            {
                var key = (record.SourceRecordId, finding.Field, finding.Rule);
                if (!current.Add(key))
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var row))
                {
                    row = new DataQualityFinding
                    {
                        SourceSystem = system,
                        SourceRecordId = record.SourceRecordId,
                        Field = finding.Field,
                        Rule = finding.Rule,
                        Message = finding.Message,
                        CountryCode = record.CountryCode,
                        FirstSeenAt = now,
                    };
                    db.DataQualityFindings.Add(row);
                }

                row.CustomerId = record.CustomerId;
                row.ContactId = record.ContactId;
                row.Severity = finding.Severity;
                row.Message = finding.Message;
                row.CountryCode = record.CountryCode;
                row.LastSeenAt = now;
                row.ResolvedAt = null;
            }
        }

        foreach (var row in existing.Where(f => f.ResolvedAt is null && !current.Contains((f.SourceRecordId, f.Field, f.Rule))))
        {
            row.ResolvedAt = now;
        }
    }

    /// <summary>A record gone from its source (deleted, or a contact no longer under a mirrored account) has nothing left to fix.</summary>
    public static async Task ResolveAsync(PortalDbContext db, SourceSystem system, IEnumerable<string> sourceRecordIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var row in await LoadAsync(db, system, sourceRecordIds, cancellationToken))
        {
            row.ResolvedAt ??= now;
        }
    }

    private static async Task<List<DataQualityFinding>> LoadAsync(PortalDbContext db, SourceSystem system, IEnumerable<string> sourceRecordIds, CancellationToken cancellationToken)
    {
        var ids = sourceRecordIds.Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.DataQualityFindings.Where(f => f.SourceSystem == system && ids.Contains(f.SourceRecordId)).ToListAsync(cancellationToken);
    }
}
