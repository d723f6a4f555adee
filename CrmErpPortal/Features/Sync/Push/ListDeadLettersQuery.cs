using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Push;

public sealed record DeadLetterAttempt(int Number, DateTimeOffset AttemptedAt, OutboxAttemptOutcome Outcome, int? HttpStatus, string? Detail);

public sealed record DeadLetter(
    Guid Id,
    SourceSystem System,
    string ExternalId,
    Guid? CustomerId,
    string CustomerName,
    Guid? ChangeRequestId,
    string? RequestReason,
    IReadOnlyList<string> Fields,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    IReadOnlyList<DeadLetterAttempt> History)
{
    public string SystemName => System == SourceSystem.Crm ? "CRM" : "ERP";
}

/// <summary>Messages that used up their attempts, oldest first, with the customer, the request's reason and every attempt's answer.</summary>
public sealed class ListDeadLettersQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int Cap = 200;

    public async Task<IReadOnlyList<DeadLetter>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.DeadLettered)
            .OrderBy(m => m.CreatedAt).Take(Cap)
            .Select(m => new
            {
                m.Id, m.TargetSystem, m.ExternalId, m.ChangeRequestId, m.PayloadJson, m.Attempts, m.LastError, m.CreatedAt,
                History = m.History.Select(h => new DeadLetterAttempt(h.Number, h.AttemptedAt, h.Outcome, h.HttpStatus, h.Detail)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var payloads = messages.ToDictionary(m => m.Id, m => OutboxPayload.FromJson(m.PayloadJson));
        var requestIds = messages.Where(m => m.ChangeRequestId is not null).Select(m => m.ChangeRequestId!.Value).Distinct().ToList();
        var reasons = await db.ChangeRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reason, cancellationToken);
        var customerIds = payloads.Values.Select(p => p.CustomerId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, cancellationToken);
        return [.. messages.Select(m =>
        {
            var payload = payloads[m.Id];
            return new DeadLetter(m.Id, m.TargetSystem, m.ExternalId, payload.CustomerId, names.GetValueOrDefault(payload.CustomerId) ?? "Unknown customer",
                m.ChangeRequestId, m.ChangeRequestId is { } id ? reasons.GetValueOrDefault(id) : null, [.. payload.Fields.Select(f => f.Field)],
                m.Attempts, m.LastError, m.CreatedAt, [.. m.History.OrderBy(h => h.Number)]);
        })];
    }
}
