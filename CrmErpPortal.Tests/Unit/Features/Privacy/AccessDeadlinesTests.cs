using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using Microsoft.Extensions.Configuration;

namespace CrmErpPortal.Tests.Unit.Features.Privacy;

/// <summary>
/// Due dates against the holiday list the portal ships (appsettings.json, Privacy:NzPublicHolidays), so a wrong
/// seeded date fails here too. NZ: 20 working days (Privacy Act 2020 s 7 "working day"); AU: 30 calendar days.
/// </summary>
public sealed class AccessDeadlinesTests
{
    private static readonly IReadOnlyList<PublicHoliday> Seeded = LoadSeededHolidays();
    private readonly AccessDeadlines _deadlines = new(new NzWorkingDays(Seeded));

    [Fact]
    public void NzCountsTwentyWeekdays_StartingTheDayAfterReceipt()
    {
        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2026, 3, 2));

        Assert.Equal(new DateOnly(2026, 3, 30), due);
    }

    [Fact]
    public void NzSkipsWeekends_SoAFridayReceiptStartsOnMonday()
    {
        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2026, 3, 6));

        Assert.Equal(new DateOnly(2026, 4, 7), due);
    }

    [Fact]
    public void NzSkipsGoodFridayEasterMonday_AndTheMondayAfterASaturdayAnzacDay()
    {
        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2026, 3, 31));

        Assert.Equal(new DateOnly(2026, 5, 1), due);
        Assert.False(new NzWorkingDays(Seeded).IsWorkingDay(new DateOnly(2026, 4, 27)));
    }

    [Fact]
    public void NzSkipsTheMondayAfterASaturdayWaitangiDay()
    {
        var workingDays = new NzWorkingDays(Seeded);

        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2027, 1, 29));

        Assert.Equal(new DateOnly(2027, 3, 1), due);
        Assert.False(workingDays.IsWorkingDay(new DateOnly(2027, 2, 8)));
        Assert.True(workingDays.IsWorkingDay(new DateOnly(2027, 2, 9)));
    }

    [Fact]
    public void NzSkipsMatariki_OnTheDateTheScheduleFixes()
    {
        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2026, 6, 29));

        Assert.Equal(new DateOnly(2026, 7, 28), due);
        Assert.False(new NzWorkingDays(Seeded).IsWorkingDay(new DateOnly(2026, 7, 10)));
    }

    [Fact]
    public void NzSkipsEveryDayFrom25DecemberTo15January()
    {
        var workingDays = new NzWorkingDays(Seeded);

        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2026, 12, 18));

        Assert.Equal(new DateOnly(2027, 2, 9), due);
        Assert.False(workingDays.IsWorkingDay(new DateOnly(2026, 12, 29)));
        Assert.False(workingDays.IsWorkingDay(new DateOnly(2027, 1, 15)));
        Assert.True(workingDays.IsWorkingDay(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void NzReceiptInsideTheSummerPeriod_CountsFrom16January()
    {
        var due = _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2025, 12, 24));

        Assert.Equal(new DateOnly(2026, 2, 13), due);
    }

    [Fact]
    public void AuIsThirtyCalendarDays_WhateverTheHolidays()
    {
        var due = _deadlines.DueOn(PrivacyJurisdiction.Au, new DateOnly(2026, 12, 18));

        Assert.Equal(new DateOnly(2027, 1, 17), due);
    }

    [Fact]
    public void FailsLoudly_WhenTheDeadlineReachesAYearTheListDoesNotCover()
    {
        var error = Assert.Throws<HolidayListException>(() => _deadlines.DueOn(PrivacyJurisdiction.Nz, new DateOnly(2028, 12, 15)));

        Assert.Contains("2029", error.Message);
        Assert.Contains("Privacy:NzPublicHolidays", error.Message);
    }

    [Fact]
    public void RefusesAYearListedWithoutAllItsHolidays()
    {
        var workingDays = new NzWorkingDays([.. Seeded, new PublicHoliday(new DateOnly(2029, 2, 6), "Waitangi Day")]);

        var error = Assert.Throws<HolidayListException>(() => workingDays.AddWorkingDays(new DateOnly(2029, 1, 20), 20));

        Assert.Contains("fewer than 7 holidays for 2029", error.Message);
        Assert.True(workingDays.IsWorkingDay(new DateOnly(2028, 3, 1)));
    }

    [Fact]
    public void TheSeededListCoversEveryHolidayOf2025To2028()
    {
        var workingDays = new NzWorkingDays(Seeded);

        Assert.Equal([2025, 2026, 2027, 2028], workingDays.CoveredYears.Order());
        DateOnly[] holidays =
        [
            new(2025, 6, 20), new(2027, 6, 25), new(2028, 7, 14), // Matariki (Te Kāhui o Matariki Public Holiday Act 2022, Schedule 1)
            new(2025, 4, 18), new(2025, 4, 21), new(2027, 3, 26), new(2027, 3, 29), new(2028, 4, 14), new(2028, 4, 17), // Easter
            new(2025, 6, 2), new(2026, 6, 1), new(2027, 6, 7), new(2028, 6, 5), // Sovereign's birthday: first Monday in June
            new(2025, 10, 27), new(2026, 10, 26), new(2027, 10, 25), new(2028, 10, 23), // Labour Day: fourth Monday in October
            new(2027, 4, 26), new(2028, 2, 7), // Sunday Anzac 2027, Sunday Waitangi 2028: the Monday after
        ];
        Assert.All(holidays, day => Assert.False(workingDays.IsWorkingDay(day), $"{day} should not be a working day"));
    }

    [Theory]
    [InlineData("2026-11-27", "2026-11-26", false, DeadlineFlag.Overdue)]
    [InlineData("2026-11-27", "2026-12-01", false, DeadlineFlag.DueSoon)]
    [InlineData("2026-11-27", "2026-11-27", false, DeadlineFlag.DueSoon)]
    [InlineData("2026-11-27", "2026-12-10", false, DeadlineFlag.None)]
    [InlineData("2026-11-27", "2026-11-01", true, DeadlineFlag.None)]
    public void FlagsOverdueAndDueSoon_ButNotClosedRequests(string today, string due, bool closed, DeadlineFlag expected)
    {
        var flag = AccessDeadlines.Flag(DateOnly.Parse(due), DateOnly.Parse(today), closed);

        Assert.Equal(expected, flag);
    }

    private static List<PublicHoliday> LoadSeededHolidays()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CrmErpPortal", "appsettings.json")))
        {
            folder = folder.Parent;
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder!.FullName, "CrmErpPortal", "appsettings.json")).Build();
        var options = configuration.GetSection(AccessRequestOptions.Section).Get<AccessRequestOptions>()!;
        return options.NzPublicHolidays;
    }
}
