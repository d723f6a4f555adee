using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.WhoSawWhat;

public sealed record ViewingAlertRow(
    long Id, string UserName, string UserId, DateTimeOffset RaisedAt, int DistinctRecords, int Threshold, int WindowMinutes,
    DateTimeOffset? AcknowledgedAt, string? AcknowledgedByName, string? Note);

public sealed record ViewingAlertList(int OpenCount, IReadOnlyList<ViewingAlertRow> Alerts);

/// <summary>Unusual-viewing alerts: every open one, then the most recent acknowledged ones for context.</summary>
public sealed class ListViewingAlertsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<ViewingAlertList> ExecuteAsync(int recentAcknowledged, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alerts = db.ViewingAlerts.AsNoTracking();
        var open = await alerts.Where(a => a.AcknowledgedAt == null).OrderByDescending(a => a.RaisedAt).ToListAsync(cancellationToken);
        var done = await alerts.Where(a => a.AcknowledgedAt != null).OrderByDescending(a => a.AcknowledgedAt).Take(recentAcknowledged).ToListAsync(cancellationToken);
        var rows = open.Concat(done).Select(a => new ViewingAlertRow(
            a.Id, a.UserName, a.UserId, a.RaisedAt, a.DistinctRecords, a.Threshold, a.WindowMinutes, a.AcknowledgedAt, a.AcknowledgedByName, a.AcknowledgementNote)).ToList();
        return new ViewingAlertList(open.Count, rows);
    }
}
