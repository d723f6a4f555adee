namespace CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;

/// <summary>A public holiday from configuration (<c>Privacy:NzPublicHolidays</c>).</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>
/// "Working day" as the Privacy Act 2020 (s 7) defines it, the same words as the Official Information Act 1982 s 2:
/// any day except Saturday, Sunday, Waitangi Day, Good Friday, Easter Monday, Anzac Day, the Sovereign's birthday,
/// Matariki and Labour Day; the Monday after Waitangi Day or Anzac Day when either falls on a weekend; and every day
/// from 25 December to 15 January inclusive. The holidays come from configuration, because Matariki is fixed by a
/// statutory schedule, not a formula; a date in a year the list does not cover is an error, never a guess.
/// </summary>
public sealed class NzWorkingDays
{
    /// <summary>Waitangi, Good Friday, Easter Monday, Anzac, Sovereign's birthday, Matariki, Labour Day.</summary>
    public const int HolidaysPerYear = 7;

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<int> _years;
    private readonly HashSet<int> _incompleteYears;

    /// <summary>
    /// Never throws: a bad list is reported when a deadline touches the year concerned, where the officer sees the
    /// message at the field, rather than breaking every page that needs a deadline.
    /// </summary>
    public NzWorkingDays(IEnumerable<PublicHoliday> holidays)
    {
        var list = holidays.ToList();
        _holidays = [.. list.Select(h => h.Date)];
        _years = [.. list.Select(h => h.Date.Year)];
        _incompleteYears = [.. list.GroupBy(h => h.Date.Year).Where(g => g.Count() < HolidaysPerYear).Select(g => g.Key)];
    }

    public IReadOnlyCollection<int> CoveredYears => _years;

    public bool IsWorkingDay(DateOnly day)
    {
        if (day is { Month: 12, Day: >= 25 } or { Month: 1, Day: <= 15 })
        {
            return false;
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        if (!_years.Contains(day.Year))
        {
            throw new HolidayListException(
                $"The NZ public holiday list (Privacy:NzPublicHolidays) does not cover {day.Year}; it covers {Describe(_years)}. " +
                $"Add {day.Year}'s holidays to the configuration before working out a deadline that reaches into it.");
        }

        if (_incompleteYears.Contains(day.Year))
        {
            throw new HolidayListException(
                $"Privacy:NzPublicHolidays lists fewer than {HolidaysPerYear} holidays for {day.Year}: list Waitangi Day, Good Friday, Easter Monday, " +
                "Anzac Day, the Sovereign's birthday, Matariki and Labour Day (and the Monday after a weekend Waitangi or Anzac Day).");
        }

        return !_holidays.Contains(day);
    }

    /// <summary>The <paramref name="count"/>th working day after <paramref name="start"/> (counting begins the next day).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var day = start;
        var counted = 0;
        while (counted < count)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static string Describe(IReadOnlyCollection<int> years) =>
        years.Count == 0 ? "no years" : string.Join(", ", years.Order());
}

/// <summary>The holiday list is missing a year or incomplete: a deadline cannot be worked out safely.</summary>
public sealed class HolidayListException(string message) : Exception(message);
