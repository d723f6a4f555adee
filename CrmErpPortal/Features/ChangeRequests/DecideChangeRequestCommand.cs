using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Data.Privacy;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>The outcome for one request: null error means it was decided as asked.</summary>
public sealed record DecisionResult(Guid ChangeRequestId, string? Error, IReadOnlyList<Guid> OutboxMessageIds)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Approve or reject pending requests. Approving writes the outbox messages (one per target system and record, each
/// with its idempotency key) in the same transaction as the approval and its audit event, then enqueues their send
/// jobs; if that enqueue is lost, the sweep sends them. Fields no system takes apply to the hub at once.
/// </summary>
public sealed class DecideChangeRequestCommand(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const int CommentMaxLength = 1000;

    public async Task<DecisionResult> ApproveAsync(Guid requestId, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await DecideAsync(requestId, approve: true, comment, user, cancellationToken);
        OutboxSendJob.Enqueue(jobs, result.OutboxMessageIds);
        return result;
    }

    public Task<DecisionResult> RejectAsync(Guid requestId, string comment, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(new DecisionResult(requestId, "Say why it is rejected, so the requester knows what to do.", []))
            : DecideAsync(requestId, approve: false, comment, user, cancellationToken);

    /// <summary>Approves several requests of the same kind (the same fields), each in its own transaction.</summary>
    public async Task<IReadOnlyList<DecisionResult>> ApproveManyAsync(IReadOnlyList<Guid> requestIds, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var kinds = (await db.ChangeRequestFields.AsNoTracking().Where(f => requestIds.Contains(f.ChangeRequestId))
                    .Select(f => new { f.ChangeRequestId, f.FieldName }).ToListAsync(cancellationToken))
                .GroupBy(f => f.ChangeRequestId).Select(g => ApprovalRules.KindOf(g.Select(f => f.FieldName))).Distinct().Count();
            if (kinds > 1)
            {
                return [.. requestIds.Select(id => new DecisionResult(id, "Bulk approval is for one kind of change at a time (the same fields); approve the others separately.", []))];
            }
        }

        var results = new List<DecisionResult>(requestIds.Count);
        foreach (var id in requestIds.Distinct())
        {
            results.Add(await ApproveAsync(id, comment, user, cancellationToken));
        }

        return results;
    }

    private async Task<DecisionResult> DecideAsync(Guid requestId, bool approve, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > CommentMaxLength)
        {
            return new DecisionResult(requestId, $"A comment has at most {CommentMaxLength} characters.", []);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.ChangeRequests.Include(r => r.Fields).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return new DecisionResult(requestId, "This request no longer exists.", []);
        }

        if (request.Status != ChangeRequestStatus.Pending)
        {
            return new DecisionResult(requestId, $"This request is {request.Status.ToString().ToLowerInvariant()}, not waiting for a decision.", []);
        }

        if (ApprovalRules.WhyNot(user, request) is { } why)
        {
            return new DecisionResult(requestId, why, []);
        }

        var now = clock.GetUtcNow();
        request.DecidedBy = user.UserId();
        request.DecidedByName = user.DisplayName();
        request.DecidedAt = now;
        request.DecisionComment = comment;
        IReadOnlyList<OutboxMessage> messages = [];
        if (approve)
        {
            var customer = await db.Customers.SingleAsync(c => c.Id == request.CustomerId, cancellationToken);
            if (customer.Status == CustomerStatus.Merged)
            {
                return new DecisionResult(requestId, "This customer was merged into another record since the request; reject it and ask for the change on the surviving record.", []);
            }

            var links = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == customer.Id).ToListAsync(cancellationToken);
            (messages, var portalOnly) = OutboxWriter.For(request, customer, links, now);
            foreach (var field in portalOnly)
            {
                PushConfirmation.Apply(customer, null, field.FieldName, field.NewValue);
                customer.UpdatedAt = now;
            }

            db.OutboxMessages.AddRange(messages);
            request.Status = messages.Count == 0 ? ChangeRequestStatus.Done : ChangeRequestStatus.Approved;
        }
        else
        {
            request.Status = ChangeRequestStatus.Rejected;
            // A refused privacy correction keeps the person's statement with the record (IPP 7 / APP 13).
            await CorrectionRefusals.RecordAsync(db, request, comment, now, cancellationToken);
        }

        // Field names, systems and message ids only: the values are personal data and stay in the request.
        db.AuditEvents.Add(AuditEvents.By(user, approve ? "ChangeRequestApproved" : "ChangeRequestRejected", nameof(ChangeRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new
            {
                request.CustomerId,
                RequestedBy = request.RequestedBy,
                Fields = request.Fields.Select(f => f.FieldName),
                Messages = messages.Select(m => new { m.Id, System = m.TargetSystem.ToString(), m.IdempotencyKey }),
                HasComment = comment is not null,
            })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DecisionResult(requestId, "Someone else changed or decided this request just now; reload to see where it stands.", []);
        }
        catch (DbUpdateException) when (approve)
        {
            // The unique idempotency key: this approval's messages already exist, so nothing is written twice.
            return new DecisionResult(requestId, "This request has already been approved and queued.", []);
        }

        return new DecisionResult(requestId, null, [.. messages.Select(m => m.Id)]);
    }
}
