using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <summary>
/// Nightly: lists the records the retention rules find due, for a privacy officer to approve or keep. It only
/// proposes; nothing is changed until approval. Idempotent: a record with a pending proposal, or one kept within
/// <see cref="RetentionOptions.KeepDecisionMonths"/>, is not proposed again; records under legal hold, merged or already
/// de-identified are never proposed.
/// </summary>
public sealed class ProposeRetentionJob(
    IDbContextFactory<PortalDbContext> contexts, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<ProposeRetentionJob> log)
{
    private static readonly SalesOrderStatus[] ClosedOrders = [SalesOrderStatus.Invoiced, SalesOrderStatus.Cancelled, SalesOrderStatus.Shipped];

    /// <summary>Returns how many proposals it added.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Dates are compared in memory: SQLite stores DateTimeOffset as text EF cannot aggregate.
        var customers = await db.Customers.AsNoTracking()
            .Where(c => c.Status != CustomerStatus.Merged && c.DeidentifiedAt == null)
            .Select(c => new { c.Id, c.CountryCode, c.LegalHold, c.CreatedAt, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        var erpCustomers = (await db.SourceLinks.AsNoTracking().Where(l => l.System == SourceSystem.Erp).Select(l => l.CustomerId).ToListAsync(cancellationToken)).ToHashSet();
        var invoices = await db.Invoices.AsNoTracking()
            .Select(i => new { i.CustomerId, i.InvoiceDate, Open = i.Status == InvoiceStatus.Open && i.RemainingAmount > 0 }).ToListAsync(cancellationToken);
        var orders = await db.SalesOrders.AsNoTracking()
            .Select(o => new { o.CustomerId, o.OrderDate, Open = !ClosedOrders.Contains(o.Status) }).ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.DeidentifiedAt == null)
            .Select(c => new { c.Id, c.CustomerId, c.SourceModifiedAt, c.LegalHold }).ToListAsync(cancellationToken);
        var activity = (await db.Quotes.AsNoTracking().Select(q => new { q.CustomerId, At = q.SourceModifiedAt }).ToListAsync(cancellationToken))
            .Concat(await db.ServiceCases.AsNoTracking().Select(c => new { c.CustomerId, At = c.OpenedAt }).ToListAsync(cancellationToken))
            .Concat(contacts.Select(c => new { c.CustomerId, At = c.SourceModifiedAt }))
            .GroupBy(a => a.CustomerId).ToDictionary(g => g.Key, g => g.Max(a => a.At));
        var transactions = invoices.Select(i => new { i.CustomerId, Date = i.InvoiceDate, i.Open })
            .Concat(orders.Select(o => new { o.CustomerId, Date = o.OrderDate, o.Open }))
            .GroupBy(t => t.CustomerId)
            .ToDictionary(g => g.Key, g => (Last: g.Max(t => t.Date), Open: g.Any(t => t.Open)));

        var proposals = await db.RetentionProposals.AsNoTracking()
            .Select(p => new { p.CustomerId, p.ContactId, p.Status, p.DecidedAt }).ToListAsync(cancellationToken);
        var keepUntil = now.AddMonths(-settings.KeepDecisionMonths);
        var blocked = proposals
            .Where(p => p.Status == RetentionProposalStatus.Pending || (p.Status == RetentionProposalStatus.Kept && p.DecidedAt > keepUntil))
            .Select(p => (p.CustomerId, p.ContactId)).ToHashSet();
        var held = customers.Where(c => c.LegalHold).Select(c => c.Id).ToHashSet();
        var heldByContact = contacts.Where(c => c.LegalHold).Select(c => c.CustomerId).ToHashSet();

        var added = new List<RetentionProposal>();
        var dueCustomers = new HashSet<Guid>();
        foreach (var customer in customers.Where(c => !c.LegalHold))
        {
            var traded = transactions.TryGetValue(customer.Id, out var t);
            var lastActivity = new[] { customer.CreatedAt, customer.UpdatedAt, activity.GetValueOrDefault(customer.Id) }.Max();
            var facts = new CustomerRetentionFacts(customer.Id, customer.CountryCode, erpCustomers.Contains(customer.Id), traded, lastActivity,
                traded ? new DateTimeOffset(t.Last.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null, traded && t.Open);
            if (RetentionRules.ForCustomer(facts, settings, now) is not { } due)
            {
                continue;
            }

            dueCustomers.Add(customer.Id);
            // A customer held by a contact's legal hold is kept whole: de-identifying it would take the contact too.
            if (!blocked.Contains((customer.Id, null)) && !heldByContact.Contains(customer.Id))
            {
                added.Add(Proposal(customer.Id, null, due, now));
            }
        }

        foreach (var contact in contacts.Where(c => !c.LegalHold && !held.Contains(c.CustomerId) && !dueCustomers.Contains(c.CustomerId)))
        {
            if (RetentionRules.ForContact(new ContactRetentionFacts(contact.Id, contact.CustomerId, contact.SourceModifiedAt), settings, now) is { } due
                && !blocked.Contains((contact.CustomerId, contact.Id)))
            {
                added.Add(Proposal(contact.CustomerId, contact.Id, due, now));
            }
        }

        db.RetentionProposals.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Retention: {Count} records newly due for review", added.Count);
        return added.Count;
    }

    private static RetentionProposal Proposal(Guid customerId, Guid? contactId, RetentionDue due, DateTimeOffset now) => new()
    {
        CustomerId = customerId,
        ContactId = contactId,
        Category = due.Category,
        Rule = due.Rule,
        DueReason = due.Reason,
        ProposedAt = now,
        Status = RetentionProposalStatus.Pending,
    };
}
