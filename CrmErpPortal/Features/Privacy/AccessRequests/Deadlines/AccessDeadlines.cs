using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;

public enum DeadlineFlag
{
    None,
    DueSoon,
    Overdue,
}

/// <summary>
/// When an access request must be answered. NZ (Privacy Act 2020 s 44): 20 working days after receipt. AU (APP 12.4):
/// agencies within 30 days, organisations within a reasonable period the OAIC puts at usually 30 days; the portal uses
/// 30 calendar days. Both count from the day after the request is received.
/// </summary>
public sealed class AccessDeadlines(NzWorkingDays nzWorkingDays)
{
    public const int NzWorkingDaysAllowed = 20;
    public const int AuCalendarDaysAllowed = 30;

    /// <summary>Within this many calendar days of the due date an open request is flagged "due soon".</summary>
    public const int DueSoonDays = 5;

    public DateOnly DueOn(PrivacyJurisdiction jurisdiction, DateOnly receivedOn) => jurisdiction switch
    {
        PrivacyJurisdiction.Nz => nzWorkingDays.AddWorkingDays(receivedOn, NzWorkingDaysAllowed),
        PrivacyJurisdiction.Au => receivedOn.AddDays(AuCalendarDaysAllowed),
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "Unknown jurisdiction."),
    };

    /// <summary>Overdue once the due date has passed; due soon from <see cref="DueSoonDays"/> days before. Closed requests carry no flag.</summary>
    public static DeadlineFlag Flag(DateOnly dueOn, DateOnly today, bool closed) =>
        closed ? DeadlineFlag.None
        : today > dueOn ? DeadlineFlag.Overdue
        : dueOn.DayNumber - today.DayNumber <= DueSoonDays ? DeadlineFlag.DueSoon
        : DeadlineFlag.None;
}

/// <summary>"Today" where the request is handled: deadlines run on the jurisdiction's calendar, not UTC's.</summary>
public static class JurisdictionCalendar
{
    private static readonly TimeZoneInfo Nz = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo Au = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    public static DateOnly Today(PrivacyJurisdiction jurisdiction, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, jurisdiction == PrivacyJurisdiction.Au ? Au : Nz).DateTime);
}
