using CrmErpPortal.Features.Dashboards.Leadership;

namespace CrmErpPortal.Features.Dashboards.Trends;

/// <summary>
/// The week (Monday to Sunday, UTC) a snapshot taken at a moment describes: the week that holds the day before it.
/// The scheduled run early on Monday so records the week just ended, whole; a snapshot taken by hand mid-week records
/// the week so far (its period figures run from Monday to today), and the Monday run later replaces it.
/// </summary>
public sealed record SnapshotWeek(DateOnly Start, DateOnly PeriodEnd)
{
    public static SnapshotWeek Of(DateTimeOffset takenAt)
    {
        var today = DateOnly.FromDateTime(takenAt.UtcDateTime);
        var start = DataQualitySection.WeekStart(today.AddDays(-1));
        var end = start.AddDays(6);
        return new SnapshotWeek(start, end < today ? end : today);
    }
}
