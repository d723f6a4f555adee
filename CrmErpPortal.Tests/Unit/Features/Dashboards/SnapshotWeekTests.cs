using CrmErpPortal.Features.Dashboards.Trends;

namespace CrmErpPortal.Tests.Unit.Features.Dashboards;

public sealed class SnapshotWeekTests
{
    [Fact]
    public void TheMondayRun_RecordsTheWholeWeekJustEnded()
    {
        var week = SnapshotWeek.Of(new DateTimeOffset(2026, 11, 30, 0, 15, 0, TimeSpan.Zero));

        Assert.Equal(new SnapshotWeek(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), week);
    }

    [Fact]
    public void ASnapshotTakenMidWeek_RecordsTheWeekSoFar()
    {
        var week = SnapshotWeek.Of(new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero));

        Assert.Equal(new SnapshotWeek(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25)), week);
    }

    [Fact]
    public void ASnapshotTakenOnSunday_StaysInItsOwnWeek()
    {
        var week = SnapshotWeek.Of(new DateTimeOffset(2026, 11, 29, 23, 59, 0, TimeSpan.Zero));

        Assert.Equal(new SnapshotWeek(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), week);
    }

    [Fact]
    public void TheWeekAlwaysStartsOnAMonday_AcrossAYearEnd()
    {
        var week = SnapshotWeek.Of(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new SnapshotWeek(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 1)), week);
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
    }
}
