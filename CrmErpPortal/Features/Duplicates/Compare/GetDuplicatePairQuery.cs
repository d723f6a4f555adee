using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Merge;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Compare;

public sealed record SourceRecordView(SourceSystem System, string ExternalId, string? ExternalNumber, bool IsDeletedAtSource);

public sealed record OpenOrderView(string OrderNumber, SalesOrderStatus Status, decimal TotalAmount, string CurrencyCode, DateOnly OrderDate);

public sealed record OpenInvoiceView(string InvoiceNumber, decimal RemainingAmount, string CurrencyCode, DateOnly DueDate);

public sealed record PairContactView(string Name, string? JobTitle, string? Email, string? Phone, bool IsPrimary);

public sealed record PairSide(
    Guid Id, string Name, CustomerStatus Status, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<SourceRecordView> SourceRecords, IReadOnlyList<OpenOrderView> OpenOrders, IReadOnlyList<OpenInvoiceView> OpenInvoices,
    IReadOnlyList<PairContactView> Contacts, int QuoteCount, int OpportunityCount, int CaseCount)
{
    public IReadOnlyCollection<SourceSystem> Systems => SourceRecords.Where(s => !s.IsDeletedAtSource).Select(s => s.System).Distinct().ToList();

    public int ChildRows => OpenOrders.Count + OpenInvoices.Count + Contacts.Count + QuoteCount + OpportunityCount + CaseCount;
}

/// <summary>One field side by side, with the default surviving value and why.</summary>
public sealed record FieldRow(string Name, string Label, FieldOwner Owner, string? A, string? B, bool Conflict, Suggestion Default);

public sealed record PendingMergeRequest(Guid Id, string Reason, ChangeRequestStatus Status, IReadOnlyList<string> Fields);

public sealed record DuplicatePair(
    Guid Id, double Score, MatchBand Band, DuplicateStatus Status, double PriorWeight, double MatchWeight, IReadOnlyList<MatchEvidence> Evidence,
    DateTimeOffset CreatedAt, DateTimeOffset ScoredAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, int ClusterSize,
    PairSide A, PairSide B, Suggestion DefaultSurvivor, IReadOnlyList<FieldRow> Fields, IReadOnlyList<PendingMergeRequest> PendingRequests);

/// <summary>
/// Everything the compare screen shows: both records (conflicting fields first), the stored evidence, the source
/// records and the open orders, invoices and contacts behind each side, and the merge's pending change requests.
/// </summary>
public sealed class GetDuplicatePairQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<DuplicatePair?> ExecuteAsync(Guid candidateId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pair = await db.DuplicateCandidates.AsNoTracking().SingleOrDefaultAsync(d => d.Id == candidateId, cancellationToken);
        if (pair is null)
        {
            return null;
        }

        var customers = await db.Customers.AsNoTracking().Where(c => c.Id == pair.CustomerAId || c.Id == pair.CustomerBId).ToDictionaryAsync(c => c.Id, cancellationToken);
        if (!customers.TryGetValue(pair.CustomerAId, out var a) || !customers.TryGetValue(pair.CustomerBId, out var b))
        {
            return null;
        }

        var sideA = await SideAsync(db, a, cancellationToken);
        var sideB = await SideAsync(db, b, cancellationToken);
        var (mergeA, mergeB) = (new MergeSide(a, sideA.Systems, sideA.ChildRows), new MergeSide(b, sideB.Systems, sideB.ChildRows));
        var survivor = MergeDefaults.Survivor(mergeA, mergeB);
        var (s, m) = survivor.CustomerId == a.Id ? (mergeA, mergeB) : (mergeB, mergeA);
        var fields = MergeFields.All
            .Select(f => new FieldRow(f.Name, f.Label, f.Owner, f.Read(a), f.Read(b), MergeFields.Conflicts(f.Read(a), f.Read(b)), MergeDefaults.Field(f, s, m)))
            .OrderByDescending(f => f.Conflict)
            .ThenByDescending(f => string.IsNullOrWhiteSpace(f.A) != string.IsNullOrWhiteSpace(f.B))
            .ToList();
        var ids = new[] { a.Id, b.Id };
        var requests = await db.ChangeRequests.AsNoTracking()
            .Where(r => ids.Contains(r.CustomerId) && r.Source == ChangeSource.Merge && (r.Status == ChangeRequestStatus.Draft || r.Status == ChangeRequestStatus.Pending))
            .OrderBy(r => r.RequestedAt)
            .Select(r => new PendingMergeRequest(r.Id, r.Reason, r.Status, r.Fields.Select(f => f.FieldName).ToList()))
            .ToListAsync(cancellationToken);
        return new DuplicatePair(
            pair.Id, pair.Score, pair.Band, pair.Status, pair.PriorWeight, pair.MatchWeight, pair.Evidence, pair.CreatedAt, pair.ScoredAt,
            pair.DecidedBy, pair.DecidedAt, pair.DecisionNote, pair.ClusterSize, sideA, sideB, survivor, fields, requests);
    }

    private static async Task<PairSide> SideAsync(PortalDbContext db, Customer c, CancellationToken ct)
    {
        var links = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == c.Id)
            .OrderBy(l => l.System).Select(l => new SourceRecordView(l.System, l.ExternalId, l.ExternalNumber, l.IsDeletedAtSource)).ToListAsync(ct);
        var closed = new[] { SalesOrderStatus.Invoiced, SalesOrderStatus.Cancelled, SalesOrderStatus.Shipped };
        var orders = await db.SalesOrders.AsNoTracking().Where(o => o.CustomerId == c.Id && !closed.Contains(o.Status))
            .OrderByDescending(o => o.OrderDate).Select(o => new OpenOrderView(o.OrderNumber, o.Status, o.TotalAmount, o.CurrencyCode, o.OrderDate)).ToListAsync(ct);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.CustomerId == c.Id && i.Status == InvoiceStatus.Open)
            .OrderBy(i => i.DueDate).Select(i => new OpenInvoiceView(i.InvoiceNumber, i.RemainingAmount, i.CurrencyCode, i.DueDate)).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(k => k.CustomerId == c.Id)
            .OrderByDescending(k => k.IsPrimary).ThenBy(k => k.LastName)
            .Select(k => new PairContactView(((k.FirstName ?? "") + " " + k.LastName).Trim(), k.JobTitle, k.Email, k.PhoneE164, k.IsPrimary)).ToListAsync(ct);
        return new PairSide(
            c.Id, c.DisplayName, c.Status, c.Version, c.CreatedAt, c.UpdatedAt, links, orders, invoices, contacts,
            await db.Quotes.CountAsync(q => q.CustomerId == c.Id, ct),
            await db.Opportunities.CountAsync(o => o.CustomerId == c.Id, ct),
            await db.ServiceCases.CountAsync(s => s.CustomerId == c.Id, ct));
    }
}
