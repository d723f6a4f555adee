using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Customers.View360;

public sealed record ListPaidInvoicesInput(Guid CustomerId, int Page, int PageSize);

/// <summary>A customer's paid (and cancelled) invoices, newest first, one page at a time: the history grows without bound.</summary>
public sealed class ListPaidInvoicesQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int MaxPageSize = 100;

    public async Task<PaidInvoicePage> ExecuteAsync(ListPaidInvoicesInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadPageAsync(db, input.CustomerId, input.Page, input.PageSize, cancellationToken);
    }

    internal static async Task<PaidInvoicePage> ReadPageAsync(PortalDbContext db, Guid customerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var history = db.Invoices.AsNoTracking().Where(i => i.CustomerId == customerId && i.Status != InvoiceStatus.Open);
        var total = await history.CountAsync(cancellationToken);
        var items = await history
            .OrderByDescending(i => i.InvoiceDate).ThenByDescending(i => i.InvoiceNumber)
            .Skip(Math.Max(page, 0) * size).Take(size)
            .Select(i => new InvoiceView(i.Id, i.InvoiceNumber, i.CurrencyCode, i.TotalAmount, i.RemainingAmount, i.InvoiceDate, i.DueDate, i.Status, false, i.PaidAt))
            .ToListAsync(cancellationToken);
        return new PaidInvoicePage(items, total);
    }
}
