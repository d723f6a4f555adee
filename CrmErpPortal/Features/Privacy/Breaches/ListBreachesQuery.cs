using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Breaches;

public sealed record BreachRow(
    int Id, string Title, DateTimeOffset BecameAwareAt, BreachJurisdictions Jurisdictions, int? PeopleAffected, BreachDecision Decision,
    IReadOnlyList<BreachDeadline> Deadlines)
{
    public bool AnyOverdue => Deadlines.Any(d => d.State == DeadlineState.Overdue);
}

/// <summary>The breach register, newest first, with each breach's deadlines as of now.</summary>
public sealed class ListBreachesQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<BreachRow>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var breaches = await db.PrivacyBreaches.AsNoTracking()
            .OrderByDescending(b => b.BecameAwareAt)
            .Select(b => new
            {
                b.Id, b.Title, b.BecameAwareAt, b.Jurisdictions, b.PeopleAffected, b.Decision, b.DecidedAt,
                Notifications = b.Notifications.Select(n => new { n.Recipient, n.SentAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return breaches.Select(b => new BreachRow(b.Id, b.Title, b.BecameAwareAt, b.Jurisdictions, b.PeopleAffected, b.Decision,
            BreachDeadlines.For(new BreachTimeline(b.BecameAwareAt, b.Jurisdictions, b.Decision, b.DecidedAt,
                b.Notifications.Select(n => (n.Recipient, n.SentAt)).ToList()), now))).ToList();
    }
}
