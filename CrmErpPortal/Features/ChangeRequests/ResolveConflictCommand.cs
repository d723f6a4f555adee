using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>
/// A push found a field changed in the system since the request. The approver sees both values and either writes
/// the request's value over the system's (the system's value becomes the new "old" value, so anything that moves
/// again is caught again) or keeps the system's (the request is rejected and its stopped messages cancelled).
/// </summary>
public sealed class ResolveConflictCommand(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<DecisionResult> ApplyAnywayAsync(Guid requestId, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await ResolveAsync(requestId, overwrite: true, comment, user, cancellationToken);
        OutboxSendJob.Enqueue(jobs, result.OutboxMessageIds);
        return result;
    }

    public Task<DecisionResult> KeepSystemValueAsync(Guid requestId, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ResolveAsync(requestId, overwrite: false, comment, user, cancellationToken);

    private async Task<DecisionResult> ResolveAsync(Guid requestId, bool overwrite, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.ChangeRequests.Include(r => r.Fields).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || request.Status != ChangeRequestStatus.Conflicted)
        {
            return new DecisionResult(requestId, "This request is not waiting on a conflict decision.", []);
        }

        if (ApprovalRules.WhyNot(user, request) is { } why)
        {
            return new DecisionResult(requestId, why, []);
        }

        var now = clock.GetUtcNow();
        var stopped = await db.OutboxMessages.Where(m => m.ChangeRequestId == requestId && m.Status == OutboxStatus.Conflicted).ToListAsync(cancellationToken);
        foreach (var message in stopped)
        {
            if (overwrite)
            {
                var payload = OutboxPayload.FromJson(message.PayloadJson);
                var fields = payload.Fields.Select(f => request.Fields.FirstOrDefault(r => r.FieldName == f.Field && r.ConflictValue is not null) is { } seen
                    ? f with { OldValue = seen.ConflictValue }
                    : f).ToList();
                message.PayloadJson = (payload with { BasedOnEtag = null, Fields = fields }).ToJson();
                message.Status = OutboxStatus.Pending;
                message.NextAttemptAt = now;
                message.LastError = null;
            }
            else
            {
                message.Status = OutboxStatus.Cancelled;
            }
        }

        foreach (var field in request.Fields.Where(f => f.ConflictValue is not null))
        {
            if (overwrite)
            {
                field.OldValue = field.ConflictValue;
            }

            field.ConflictValue = null;
        }

        request.Status = overwrite ? ChangeRequestStatus.Approved : ChangeRequestStatus.Rejected;
        request.DecidedBy = user.UserId();
        request.DecidedByName = user.DisplayName();
        request.DecidedAt = now;
        request.DecisionComment = string.IsNullOrWhiteSpace(comment) ? request.DecisionComment : comment.Trim();
        db.AuditEvents.Add(AuditEvents.By(user, overwrite ? "ChangeConflictOverwritten" : "ChangeConflictKeptSystemValue", nameof(ChangeRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { Messages = stopped.Select(m => m.Id) })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DecisionResult(requestId, "Someone else resolved this request just now; reload to see where it stands.", []);
        }

        return new DecisionResult(requestId, null, overwrite ? [.. stopped.Select(m => m.Id)] : []);
    }
}
