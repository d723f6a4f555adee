using CrmErpPortal.Components.Shared;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Customers.View360;

public sealed record Customer360Input(Guid CustomerId, int PaidPage = 0, int PaidPageSize = 10);

public enum OwnerSystem
{
    Crm,
    Erp,
    Portal,
}

/// <summary>One field of the golden record, with the system that owns it (ARCHITECTURE.md, "Ownership rules").</summary>
public sealed record CustomerField(string Name, string Label, string? Value, OwnerSystem Owner, DateTimeOffset? LastSyncedAt);

public sealed record SourceLinkView(SourceSystem System, string ExternalId, string? ExternalNumber, DateTimeOffset LastSyncedAt, bool IsDeletedAtSource);

public sealed record ContactView(Guid Id, string Name, string? JobTitle, string? Email, string? Phone, string? Mobile, bool IsPrimary, DateTimeOffset SyncedAt);

public sealed record CreditFigures(
    string CurrencyCode,
    decimal CreditLimit,
    decimal Balance,
    decimal OverdueAmount,
    decimal AgingCurrent,
    decimal Aging30,
    decimal Aging60,
    decimal Aging90Plus,
    string? PaymentTermsCode,
    CreditBlocked Blocked)
{
    /// <summary>Limit 0 means the ERP sets no limit (Business Central's convention), so available credit is unbounded.</summary>
    public bool HasLimit => CreditLimit > 0;

    public decimal? Available => HasLimit ? CreditLimit - Balance : null;

    /// <summary>What the customer owes plus what is ordered but not yet invoiced.</summary>
    public decimal Exposure(decimal openOrdersNotInvoiced) => Balance + openOrdersNotInvoiced;

    public bool IsOverLimit(decimal openOrdersNotInvoiced) => HasLimit && Exposure(openOrdersNotInvoiced) > CreditLimit;
}

public sealed record CreditView(string ErpCustomerId, CreditFigures Figures, DateTimeOffset AsOf, DateTimeOffset SyncedAt, decimal OpenOrdersNotInvoiced)
{
    public decimal Exposure => Figures.Exposure(OpenOrdersNotInvoiced);

    public bool IsOverLimit => Figures.IsOverLimit(OpenOrdersNotInvoiced);
}

public sealed record InvoiceView(
    Guid Id, string InvoiceNumber, string CurrencyCode, decimal TotalAmount, decimal RemainingAmount,
    DateOnly InvoiceDate, DateOnly DueDate, InvoiceStatus Status, bool IsOverdue, DateTimeOffset? PaidAt = null);

public sealed record PaidInvoicePage(IReadOnlyList<InvoiceView> Items, int TotalCount);

public sealed record OrderStatusChangeView(SalesOrderStatus Status, DateTimeOffset ChangedAt);

public sealed record SalesOrderView(
    Guid Id, string ErpOrderId, string OrderNumber, string? ExternalDocumentNumber, string CurrencyCode, decimal TotalAmount,
    SalesOrderStatus Status, DateOnly OrderDate, DateTimeOffset SyncedAt, IReadOnlyList<OrderStatusChangeView> History);

public sealed record QuoteView(
    Guid Id, string QuoteNumber, string Name, QuoteState State, string CurrencyCode, decimal TotalAmount,
    DateOnly? ValidUntil, DateTimeOffset? SentAt, DateTimeOffset? WonAt, string? ErpOrderNumber, bool HasErpOrder);

public sealed record OpportunityView(Guid Id, string Name, string? Stage, OpportunityStatus Status, decimal? EstimatedValue, string CurrencyCode, DateOnly? EstimatedCloseDate);

public sealed record CaseView(Guid Id, string Title, CasePriority Priority, DateTimeOffset OpenedAt);

public enum TimelineKind
{
    QuoteSent,
    QuoteWon,
    OrderCreated,
    OrderStatusChanged,
    InvoiceIssued,
    InvoiceDue,
    InvoicePaid,
    CaseOpened,
}

public sealed record TimelineEntry(DateTimeOffset At, TimelineKind Kind, SourceSystem System, string Text);

public sealed record Customer360(
    Guid Id,
    string DisplayName,
    string? LegalName,
    CustomerStatus Status,
    IReadOnlyList<CustomerField> Fields,
    IReadOnlyList<SourceLinkView> Links,
    IReadOnlyList<ContactView> Contacts,
    int ContactCount,
    CreditView? Credit,
    IReadOnlyList<InvoiceView> OpenInvoices,
    int OpenInvoiceCount,
    PaidInvoicePage PaidInvoices,
    IReadOnlyList<SalesOrderView> Orders,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<OpportunityView> Opportunities,
    IReadOnlyList<CaseView> OpenCases,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public string CountryCode { get; init; } = "NZ";

    /// <summary>Open data-quality findings on the customer's own fields (not its contacts'), for the markers in the header.</summary>
    public IReadOnlyList<OpenFindingView> Findings { get; init; } = [];
}

/// <summary>A rule's open finding on one header field; the message never holds the value.</summary>
public sealed record OpenFindingView(string Field, SourceSystem System, FindingSeverity Severity, string Message);

/// <summary>Assembles the customer 360 page from the mirror alone; the live ERP figures come from <see cref="GetLiveCreditQuery"/>.</summary>
public sealed class GetCustomer360Query(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, DisplayTimeZone zone)
{
    public const int TimelineCap = 50;
    public const int ContactCap = 50;
    public const int OpenInvoiceCap = 100;
    private const int RecentCap = 25;

    public async Task<Customer360?> ExecuteAsync(Customer360Input input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == input.CustomerId)
            .Select(c => new
            {
                c.Id, c.DisplayName, c.LegalName, c.CustomerNumber, c.BusinessNumber, c.BusinessNumberKind, c.BillingAddress,
                c.ShippingAddress, c.PhoneE164, c.Email, c.Segment, c.OwnerName, c.Status, c.CountryCode,
                Links = c.SourceLinks.Select(l => new SourceLinkView(l.System, l.ExternalId, l.ExternalNumber, l.LastSeenAt, l.IsDeletedAtSource)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var id = customer.Id;
        var today = DateOnly.FromDateTime(zone.ToLocal(clock.GetUtcNow()).DateTime);
        var contactCount = await db.Contacts.CountAsync(c => c.CustomerId == id, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.CustomerId == id)
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.LastName).ThenBy(c => c.FirstName).Take(ContactCap)
            .Select(c => new ContactView(c.Id, ((c.FirstName ?? "") + " " + c.LastName).Trim(), c.JobTitle, c.Email, c.PhoneE164, c.MobileE164, c.IsPrimary, c.SyncedAt))
            .ToListAsync(cancellationToken);
        var profile = await db.CreditProfiles.AsNoTracking().Where(p => p.CustomerId == id).OrderByDescending(p => p.SyncedAt).FirstOrDefaultAsync(cancellationToken);
        var openInvoiceCount = await db.Invoices.CountAsync(i => i.CustomerId == id && i.Status == InvoiceStatus.Open, cancellationToken);
        var openInvoices = await db.Invoices.AsNoTracking().Where(i => i.CustomerId == id && i.Status == InvoiceStatus.Open)
            .OrderBy(i => i.DueDate).ThenBy(i => i.InvoiceNumber).Take(OpenInvoiceCap)
            .Select(i => new { i.Id, i.InvoiceNumber, i.CurrencyCode, i.TotalAmount, i.RemainingAmount, i.InvoiceDate, i.DueDate, i.Status })
            .ToListAsync(cancellationToken);
        var paid = await ListPaidInvoicesQuery.ReadPageAsync(db, id, input.PaidPage, input.PaidPageSize, cancellationToken);
        var recentlyPaid = await db.Invoices.AsNoTracking().Where(i => i.CustomerId == id && i.PaidAt != null)
            .OrderByDescending(i => i.PaidAt).Take(RecentCap)
            .Select(i => new InvoiceView(i.Id, i.InvoiceNumber, i.CurrencyCode, i.TotalAmount, i.RemainingAmount, i.InvoiceDate, i.DueDate, i.Status, false, i.PaidAt))
            .ToListAsync(cancellationToken);
        var orders = await db.SalesOrders.AsNoTracking().Where(o => o.CustomerId == id)
            .OrderByDescending(o => o.OrderDate).ThenByDescending(o => o.OrderNumber).Take(RecentCap)
            .Select(o => new SalesOrderView(o.Id, o.ErpOrderId, o.OrderNumber, o.ExternalDocumentNumber, o.CurrencyCode, o.TotalAmount, o.Status, o.OrderDate, o.SyncedAt,
                o.StatusHistory.OrderBy(h => h.ChangedAt).Select(h => new OrderStatusChangeView(h.Status, h.ChangedAt)).ToList()))
            .ToListAsync(cancellationToken);
        var unInvoiced = await db.SalesOrders.AsNoTracking()
            .Where(o => o.CustomerId == id && o.Status != SalesOrderStatus.Invoiced && o.Status != SalesOrderStatus.Cancelled)
            .GroupBy(o => o.CurrencyCode).Select(g => new { CurrencyCode = g.Key, Total = g.Sum(o => o.TotalAmount) })
            .ToListAsync(cancellationToken);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.CustomerId == id)
            .OrderByDescending(q => q.SourceModifiedAt).Take(RecentCap)
            .Select(q => new { q.Id, q.CrmQuoteId, q.QuoteNumber, q.Name, q.State, q.CurrencyCode, q.TotalAmount, q.ValidUntil, q.SentAt, q.WonAt, q.ErpOrderNumber })
            .ToListAsync(cancellationToken);
        // Only the orders that could carry one of the shown quotes' ids (raw or 32-char "N" form, in either case: Business
        // Central upper-cases Code fields), not all of them.
        var quoteKeys = quotes
            .SelectMany(q => Guid.TryParse(q.CrmQuoteId, out var g) ? new[] { q.CrmQuoteId, g.ToString("N"), g.ToString() } : [q.CrmQuoteId])
            .SelectMany(k => new[] { k, k.ToUpperInvariant(), k.ToLowerInvariant() }).Distinct().ToList();
        var documentNumbers = quoteKeys.Count == 0 ? [] : await db.SalesOrders.AsNoTracking()
            .Where(o => o.CustomerId == id && o.ExternalDocumentNumber != null && quoteKeys.Contains(o.ExternalDocumentNumber))
            .Select(o => o.ExternalDocumentNumber!).ToListAsync(cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.CustomerId == id)
            .OrderBy(o => o.Status).ThenBy(o => o.EstimatedCloseDate).Take(RecentCap)
            .Select(o => new OpportunityView(o.Id, o.Name, o.Stage, o.Status, o.EstimatedValue, o.CurrencyCode, o.EstimatedCloseDate))
            .ToListAsync(cancellationToken);
        var cases = await db.ServiceCases.AsNoTracking().Where(c => c.CustomerId == id && c.Status == CaseStatus.Open)
            .OrderByDescending(c => c.OpenedAt)
            .Select(c => new CaseView(c.Id, c.Title, c.Priority, c.OpenedAt))
            .ToListAsync(cancellationToken);

        var findings = await db.DataQualityFindings.AsNoTracking().Where(f => f.CustomerId == id && f.ResolvedAt == null && f.ContactId == null)
            .OrderBy(f => f.Field).ThenBy(f => f.Rule)
            .Select(f => new OpenFindingView(f.Field, f.SourceSystem, f.Severity, f.Message))
            .ToListAsync(cancellationToken);
        var crmSynced = customer.Links.Where(l => l.System == SourceSystem.Crm).Select(l => (DateTimeOffset?)l.LastSyncedAt).Max();
        var erpSynced = customer.Links.Where(l => l.System == SourceSystem.Erp).Select(l => (DateTimeOffset?)l.LastSyncedAt).Max();
        var open = openInvoices.Select(i => new InvoiceView(i.Id, i.InvoiceNumber, i.CurrencyCode, i.TotalAmount, i.RemainingAmount, i.InvoiceDate, i.DueDate, i.Status, i.DueDate < today)).ToList();
        var credit = profile is null ? null : new CreditView(
            profile.ErpCustomerId,
            new CreditFigures(profile.CurrencyCode, profile.CreditLimit, profile.Balance, profile.OverdueAmount, profile.AgingCurrent,
                profile.Aging30, profile.Aging60, profile.Aging90Plus, profile.PaymentTermsCode, profile.Blocked),
            profile.AsOf,
            profile.SyncedAt,
            // Orders in another currency cannot be added to a balance without a rate; the ERP's own limit check ignores them too.
            unInvoiced.Where(o => o.CurrencyCode == profile.CurrencyCode).Sum(o => o.Total));
        var quoteViews = quotes.Select(q => new QuoteView(q.Id, q.QuoteNumber, q.Name, q.State, q.CurrencyCode, q.TotalAmount, q.ValidUntil, q.SentAt, q.WonAt,
            q.ErpOrderNumber, CarriesQuote(documentNumbers, q.CrmQuoteId))).ToList();

        return new Customer360(
            customer.Id,
            customer.DisplayName,
            customer.LegalName,
            customer.Status,
            Fields(customer.DisplayName, customer.LegalName, customer.BusinessNumber, customer.BusinessNumberKind, customer.BillingAddress, customer.ShippingAddress,
                customer.PhoneE164, customer.Email, customer.Segment, customer.OwnerName, customer.CustomerNumber, crmSynced, erpSynced),
            customer.Links,
            contacts,
            contactCount,
            credit,
            open,
            openInvoiceCount,
            paid,
            orders,
            quoteViews,
            opportunities,
            cases,
            Timeline(quoteViews, orders, open, paid.Items, recentlyPaid, cases, today))
        {
            CountryCode = customer.CountryCode,
            Findings = findings,
        };
    }

    /// <summary>The ERP order made from a CRM quote carries the quote id as its external document number (32-char "N" form, or raw).</summary>
    public static bool CarriesQuote(IReadOnlyCollection<string> externalDocumentNumbers, string crmQuoteId) =>
        externalDocumentNumbers.Any(n => string.Equals(n, crmQuoteId, StringComparison.OrdinalIgnoreCase)
            || (Guid.TryParse(crmQuoteId, out var quoteId) && string.Equals(n, quoteId.ToString("N"), StringComparison.OrdinalIgnoreCase)));

    public static string FormatAddress(PostalAddress? address) => address?.OneLine() ?? string.Empty;

    private static List<CustomerField> Fields(
        string displayName, string? legalName, string? businessNumber, BusinessNumberKind kind, PostalAddress? billing, PostalAddress? shipping,
        string? phone, string? email, string? segment, string? owner, string? customerNumber, DateTimeOffset? crmSynced, DateTimeOffset? erpSynced) =>
    [
        new("DisplayName", "Name", displayName, OwnerSystem.Crm, crmSynced),
        new("LegalName", "Legal name", legalName, OwnerSystem.Crm, crmSynced),
        new("BusinessNumber", kind == BusinessNumberKind.None ? "Business number" : kind.ToString().ToUpperInvariant(), businessNumber, OwnerSystem.Crm, crmSynced),
        new("BillingAddress", "Billing address", FormatAddress(billing), OwnerSystem.Crm, crmSynced),
        new("ShippingAddress", "Shipping address", FormatAddress(shipping), OwnerSystem.Crm, crmSynced),
        new("Phone", "Phone", phone, OwnerSystem.Crm, crmSynced),
        new("Email", "Email", email, OwnerSystem.Crm, crmSynced),
        new("Segment", "Segment", segment, OwnerSystem.Crm, crmSynced),
        new("Owner", "Owner", owner, OwnerSystem.Crm, crmSynced),
        new("CustomerNumber", "Customer number", customerNumber, OwnerSystem.Erp, erpSynced),
    ];

    private static List<TimelineEntry> Timeline(
        List<QuoteView> quotes, List<SalesOrderView> orders, List<InvoiceView> open, IReadOnlyList<InvoiceView> paid, List<InvoiceView> recentlyPaid,
        List<CaseView> cases, DateOnly today)
    {
        var entries = new List<TimelineEntry>();
        entries.AddRange(quotes.Where(q => q.SentAt is not null)
            .Select(q => new TimelineEntry(q.SentAt!.Value, TimelineKind.QuoteSent, SourceSystem.Crm, $"Quote {q.QuoteNumber} sent ({Money.Format(q.TotalAmount, q.CurrencyCode)})")));
        entries.AddRange(quotes.Where(q => q.WonAt is not null)
            .Select(q => new TimelineEntry(q.WonAt!.Value, TimelineKind.QuoteWon, SourceSystem.Crm, $"Quote {q.QuoteNumber} won ({Money.Format(q.TotalAmount, q.CurrencyCode)})")));
        foreach (var order in orders)
        {
            entries.Add(new TimelineEntry(AtStartOf(order.OrderDate), TimelineKind.OrderCreated, SourceSystem.Erp, $"Order {order.OrderNumber} created ({Money.Format(order.TotalAmount, order.CurrencyCode)})"));
            entries.AddRange(order.History.Select(h => new TimelineEntry(h.ChangedAt, TimelineKind.OrderStatusChanged, SourceSystem.Erp, $"Order {order.OrderNumber} {h.Status}")));
        }

        foreach (var invoice in open.Concat(paid))
        {
            entries.Add(new TimelineEntry(AtStartOf(invoice.InvoiceDate), TimelineKind.InvoiceIssued, SourceSystem.Erp, $"Invoice {invoice.InvoiceNumber} issued ({Money.Format(invoice.TotalAmount, invoice.CurrencyCode)})"));
            if (invoice.Status == InvoiceStatus.Open && invoice.DueDate <= today)
            {
                entries.Add(new TimelineEntry(AtStartOf(invoice.DueDate), TimelineKind.InvoiceDue, SourceSystem.Erp, $"Invoice {invoice.InvoiceNumber} due ({Money.Format(invoice.RemainingAmount, invoice.CurrencyCode)} unpaid)"));
            }
        }

        entries.AddRange(recentlyPaid.Select(i => new TimelineEntry(i.PaidAt!.Value, TimelineKind.InvoicePaid, SourceSystem.Erp, $"Invoice {i.InvoiceNumber} paid ({Money.Format(i.TotalAmount, i.CurrencyCode)})")));
        entries.AddRange(cases.Select(c => new TimelineEntry(c.OpenedAt, TimelineKind.CaseOpened, SourceSystem.Crm, $"Case opened: {c.Title}")));
        return [.. entries.OrderByDescending(e => e.At).Take(TimelineCap)];
    }

    private static DateTimeOffset AtStartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
