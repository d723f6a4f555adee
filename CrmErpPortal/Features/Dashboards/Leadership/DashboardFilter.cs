using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>What the leadership dashboard is narrowed to; every figure and drill-down list honours it.</summary>
public sealed record DashboardFilter(string? Country, string? Segment, string? Owner, DateOnly PeriodStart, DateOnly PeriodEnd)
{
    /// <summary>This calendar month so far, all countries, segments and owners.</summary>
    public static DashboardFilter ThisMonth(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new(null, null, null, new DateOnly(today.Year, today.Month, 1), today);
    }

    public DateTimeOffset PeriodStartUtc => new(PeriodStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Exclusive: the start of the day after the period.</summary>
    public DateTimeOffset PeriodEndUtc => new(PeriodEnd.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The customers in scope: live (not merged away), in the country, segment and owner asked for.</summary>
    public IQueryable<Customer> Customers(PortalDbContext db)
    {
        var query = db.Customers.Where(c => c.Status != CustomerStatus.Merged);
        if (!string.IsNullOrEmpty(Country))
        {
            query = query.Where(c => c.CountryCode == Country);
        }

        if (!string.IsNullOrEmpty(Segment))
        {
            query = query.Where(c => c.Segment == Segment);
        }

        if (!string.IsNullOrEmpty(Owner))
        {
            query = query.Where(c => c.OwnerName == Owner);
        }

        return query;
    }

    public bool IsUnfiltered => Country is null && Segment is null && Owner is null;
}

/// <summary>An amount in one currency: the dashboard never adds NZD to AUD.</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount);
