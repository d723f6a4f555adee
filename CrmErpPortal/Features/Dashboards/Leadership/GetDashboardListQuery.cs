using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>
/// The customers behind one dashboard figure, for the same filter, largest first. <c>limit</c> bounds what a page
/// shows; exports pass null for every row.
/// </summary>
public sealed class GetDashboardListQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<DashboardRow>> ExecuteAsync(DashboardList list, DashboardFilter filter, int? limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = filter.Customers(db);
        var (from, to, fromDay, toDay) = (filter.PeriodStartUtc, filter.PeriodEndUtc, filter.PeriodStart, filter.PeriodEnd);
        IQueryable<DashboardRow> rows = list switch
        {
            DashboardList.OpenPipeline => db.Opportunities.Where(o => o.Status == OpportunityStatus.Open)
                .Join(customers, o => o.CustomerId, c => c.Id, (o, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = o.Name, Currency = o.CurrencyCode, Amount = o.EstimatedValue, Detail = o.Stage }),
            DashboardList.QuotesWon => db.Quotes.Where(q => q.State == QuoteState.Won && q.WonAt >= from && q.WonAt < to)
                .Join(customers, q => q.CustomerId, c => c.Id, (q, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = q.QuoteNumber, Currency = q.CurrencyCode, Amount = q.TotalAmount, Detail = q.ErpOrderNumber == null ? "No ERP order yet" : "Order " + q.ErpOrderNumber }),
            DashboardList.OrdersBooked => db.SalesOrders.Where(o => o.Status != SalesOrderStatus.Cancelled && o.OrderDate >= fromDay && o.OrderDate <= toDay)
                .Join(customers, o => o.CustomerId, c => c.Id, (o, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = o.OrderNumber, Currency = o.CurrencyCode, Amount = o.TotalAmount, Detail = o.Status.ToString() }),
            DashboardList.Invoiced => db.Invoices.Where(i => i.Status != InvoiceStatus.Cancelled && i.InvoiceDate >= fromDay && i.InvoiceDate <= toDay)
                .Join(customers, i => i.CustomerId, c => c.Id, (i, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = i.InvoiceNumber, Currency = i.CurrencyCode, Amount = i.TotalAmount, Detail = i.Status.ToString() }),
            DashboardList.Overdue => db.CreditProfiles.Where(p => p.OverdueAmount > 0)
                .Join(customers, p => p.CustomerId, c => c.Id, (p, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = c.CustomerNumber, Currency = p.CurrencyCode, Amount = p.OverdueAmount, Detail = null }),
            DashboardList.OverLimit => db.CreditProfiles.Where(p => p.CreditLimit > 0 && p.Balance > p.CreditLimit)
                .Join(customers, p => p.CustomerId, c => c.Id, (p, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = c.CustomerNumber, Currency = p.CurrencyCode, Amount = p.Balance - p.CreditLimit, Detail = "Over the limit by" }),
            DashboardList.CreditHold => db.SalesOrders.Where(o => o.Status == SalesOrderStatus.OnCreditHold)
                .Join(customers, o => o.CustomerId, c => c.Id, (o, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = o.OrderNumber, Currency = o.CurrencyCode, Amount = o.TotalAmount, Detail = "On credit hold" }),
            DashboardList.NotLinkedInBoth => customers
                .Where(c => !(c.SourceLinks.Any(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource) && c.SourceLinks.Any(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource)))
                .Select(c => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = c.CustomerNumber, Currency = null, Amount = null, Detail = c.SourceLinks.Any(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource) ? "CRM only" : "ERP only" }),
            DashboardList.InvalidPhone => Findings(db, customers, DataQualitySection.PhoneFields),
            DashboardList.InvalidAddress => Findings(db, customers, DataQualitySection.AddressFields),
            DashboardList.InvalidBusinessNumber => Findings(db, customers, DataQualitySection.BusinessNumberFields),
            DashboardList.StuckConversions => db.ConversionIssues.Where(i => i.Status == ConversionIssueStatus.Open)
                .Join(customers, i => i.CustomerId, c => c.Id, (i, c) => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = i.Cause.ToString(), Currency = i.CurrencyCode, Amount = i.Amount, Detail = i.Detail }),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };

        var ordered = rows.OrderByDescending(r => r.Amount).ThenBy(r => r.Customer);
        return await (limit is { } n ? ordered.Take(n) : ordered).ToListAsync(cancellationToken);
    }

    private static IQueryable<DashboardRow> Findings(PortalDbContext db, IQueryable<Customer> customers, string[] fields) =>
        customers.Where(c => db.DataQualityFindings.Any(f => f.CustomerId == c.Id && f.ResolvedAt == null && fields.Contains(f.Field)))
            .Select(c => new DashboardRow { CustomerId = c.Id, Customer = c.DisplayName, Country = c.CountryCode, Owner = c.OwnerName, Segment = c.Segment, Reference = c.CustomerNumber, Currency = null, Amount = null, Detail = db.DataQualityFindings.Where(f => f.CustomerId == c.Id && f.ResolvedAt == null && fields.Contains(f.Field)).Select(f => f.Message).FirstOrDefault() });
}
