using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.Credit;

public sealed record CreditRequestView(
    Guid Id, Guid CustomerId, string CustomerName, CreditRequestKind Kind, string? QuoteNumber, decimal Amount, string CurrencyCode, string Reason,
    CreditRequestStatus Status, string? RequestedByName, DateTimeOffset RequestedAt, string? DecidedByName, DateTimeOffset? DecidedAt,
    DateTimeOffset? ExpiresAt, string? UsedForOrderNumber, PaymentHistory? History, bool Expired = false, string? DecisionComment = null)
{
    /// <summary>Still waiting: the requester may withdraw it, a credit controller may decide it.</summary>
    public bool IsPending => Status == CreditRequestStatus.Pending;
}

/// <summary>What a credit controller weighs beside a request: aging, how late the customer pays, and the last payments.</summary>
public sealed record PaymentHistory(
    string CurrencyCode, decimal CreditLimit, decimal Balance, decimal Overdue, decimal AgingCurrent, decimal Aging30, decimal Aging60, decimal Aging90Plus,
    int? AverageDaysBeyondTerms, IReadOnlyList<(DateOnly PaidOn, decimal Amount, string InvoiceNumber)> LastPayments, DateTimeOffset AsOf);

/// <summary>
/// The credit inbox: pending requests first (oldest first), each with the customer's payment history from the mirror.
/// An approved override past its expiry is shown as expired: computed from ExpiresAt on every read (the same instant
/// the conversion compares), so no job has to flip a stored status and no list can show it usable a minute too long.
/// </summary>
public sealed class ListCreditRequestsQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public Task<IReadOnlyList<CreditRequestView>> ExecuteAsync(CreditRequestStatus? status, CancellationToken cancellationToken) =>
        ListAsync(r => status == null || r.Status == status, newestFirst: false, cancellationToken);

    /// <summary>The requests one user raised, newest first (what they can follow up or withdraw).</summary>
    public Task<IReadOnlyList<CreditRequestView>> MineAsync(string userId, CancellationToken cancellationToken) =>
        ListAsync(r => r.RequestedBy == userId, newestFirst: true, cancellationToken);

    private async Task<IReadOnlyList<CreditRequestView>> ListAsync(
        System.Linq.Expressions.Expression<Func<CreditRequest, bool>> where, bool newestFirst, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await db.CreditRequests.AsNoTracking().Where(where)
            .Join(db.Customers, r => r.CustomerId, c => c.Id, (r, c) => new { Request = r, c.DisplayName })
            .ToListAsync(cancellationToken);
        var quoteIds = rows.Select(r => r.Request.QuoteId).OfType<Guid>().ToList();
        var quoteNumbers = await db.Quotes.AsNoTracking().Where(q => quoteIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.QuoteNumber, cancellationToken);
        var views = new List<CreditRequestView>();
        var ordered = newestFirst ? rows.OrderByDescending(r => r.Request.RequestedAt) : rows.OrderBy(r => r.Request.Status).ThenBy(r => r.Request.RequestedAt);
        foreach (var row in ordered)
        {
            var r = row.Request;
            var expired = r.Kind == CreditRequestKind.Override && r.Status == CreditRequestStatus.Approved && r.ExpiresAt <= now;
            views.Add(new CreditRequestView(r.Id, r.CustomerId, row.DisplayName, r.Kind, r.QuoteId is { } q ? quoteNumbers.GetValueOrDefault(q) : null,
                r.Amount, r.CurrencyCode, r.Reason, r.Status, r.RequestedByName, r.RequestedAt, r.DecidedByName, r.DecidedAt, r.ExpiresAt, r.UsedForOrderNumber,
                newestFirst ? null : await HistoryAsync(db, r.CustomerId, cancellationToken), expired, r.DecisionComment));
        }

        return views;
    }

    /// <summary>One customer's payment history, for the form that raises a request.</summary>
    public async Task<PaymentHistory?> HistoryForAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await HistoryAsync(db, customerId, cancellationToken);
    }

    private static async Task<PaymentHistory?> HistoryAsync(PortalDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var profile = await db.CreditProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CustomerId == customerId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var paid = await db.Invoices.AsNoTracking().Where(i => i.CustomerId == customerId && i.PaidAt != null)
            .Select(i => new { i.InvoiceNumber, i.TotalAmount, i.DueDate, i.PaidAt }).ToListAsync(cancellationToken);
        var recent = paid.OrderByDescending(i => i.PaidAt).ToList();
        int? daysBeyond = recent.Count == 0 ? null
            : (int)Math.Round(recent.Take(12).Average(i => Math.Max(0, (DateOnly.FromDateTime(i.PaidAt!.Value.UtcDateTime).DayNumber - i.DueDate.DayNumber))));
        return new PaymentHistory(profile.CurrencyCode, profile.CreditLimit, profile.Balance, profile.OverdueAmount, profile.AgingCurrent, profile.Aging30,
            profile.Aging60, profile.Aging90Plus, daysBeyond,
            [.. recent.Take(3).Select(i => (DateOnly.FromDateTime(i.PaidAt!.Value.UtcDateTime), i.TotalAmount, i.InvoiceNumber))], profile.AsOf);
    }
}
