using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Security;

/// <summary>
/// Records that a user opened a page showing a person's details (NZ IPP 5, AU APP 11) and raises a
/// <see cref="ViewingAlert"/> when they open unusually many distinct records in a short time.
/// The alert is evaluated here, on write, rather than by a recurring job: the check is one indexed count over the
/// user's own events inside the window (AuditEvents (UserId, OccurredAt)), the privacy officer sees the alert at once,
/// and there is no schedule to tune or job storage to poll.
/// </summary>
public sealed class PersonalDataViews(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IOptions<ViewAlertOptions> options)
{
    public const string ViewedAction = "Viewed";
    public const int MaxPurposeLength = 100;

    public Task RecordAsync(ClaimsPrincipal user, string entityType, string entityId, string? purpose, CancellationToken cancellationToken) =>
        RecordAsync(user, [(entityType, entityId)], purpose, cancellationToken);

    /// <summary>One page showing several people's records (e.g. a duplicate pair side by side): one event each, one save.</summary>
    public async Task RecordAsync(
        ClaimsPrincipal user, IReadOnlyCollection<(string EntityType, string EntityId)> records, string? purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var purposeJson = string.IsNullOrWhiteSpace(purpose) ? null : JsonSerializer.Serialize(new { Purpose = purpose.Trim()[..Math.Min(purpose.Trim().Length, MaxPurposeLength)] });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var (entityType, entityId) in records)
        {
            db.AuditEvents.Add(AuditEvents.By(user, ViewedAction, entityType, entityId, now, afterJson: purposeJson));
        }

        await db.SaveChangesAsync(cancellationToken);
        await RaiseAlertIfUnusualAsync(db, user, now, cancellationToken);
    }

    private async Task RaiseAlertIfUnusualAsync(PortalDbContext db, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var userId = user.UserId();
        var since = now - settings.Window;
        var distinct = await db.AuditEvents
            .Where(a => a.UserId == userId && a.Action == ViewedAction && a.OccurredAt > since)
            .Select(a => new { a.EntityType, a.EntityId })
            .Distinct()
            .CountAsync(cancellationToken);
        if (distinct <= settings.Threshold)
        {
            return;
        }

        var windowStart = WindowStart(now, settings.Window);
        if (await db.ViewingAlerts.AnyAsync(a => a.UserId == userId && a.WindowStart == windowStart, cancellationToken))
        {
            return;
        }

        db.ViewingAlerts.Add(new ViewingAlert
        {
            UserId = userId, UserName = user.DisplayName(), WindowStart = windowStart, RaisedAt = now,
            DistinctRecords = distinct, Threshold = settings.Threshold, WindowMinutes = (int)Math.Ceiling(settings.Window.TotalMinutes),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another page open by the same user raised this window's alert first; one alert per window is enough.
        }
    }

    /// <summary>Windows are fixed slices of UTC time, so "once per user per window" has one answer under concurrency.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset at, TimeSpan window)
    {
        var ticks = at.UtcTicks - at.UtcTicks % window.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
