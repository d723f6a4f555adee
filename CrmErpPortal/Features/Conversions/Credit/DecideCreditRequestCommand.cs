using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Conversions.Credit;

public sealed record CreditDecisionResult(Guid CreditRequestId, string? Error, Guid? ChangeRequestId = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// A credit controller approves or rejects a credit request; never their own. The decision, its reason and the
/// decider are an audit event in the same transaction. An approved override becomes usable for a limited time; an
/// approved new limit becomes an approved change request whose outbox message (written in the same transaction)
/// pushes creditLimit to the ERP, as every approved change does.
/// </summary>
public sealed class DecideCreditRequestCommand(
    IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, IOptions<ConversionCheckOptions> options, TimeProvider clock)
{
    public const int CommentMaxLength = 1000;

    public static string? WhyNot(ClaimsPrincipal user, CreditRequest request) =>
        string.Equals(request.RequestedBy, user.UserId(), StringComparison.Ordinal)
            ? "You made this request, so another credit controller must decide it (four-eyes rule)."
            : user.IsInRole(Roles.CreditController) ? null : "Only a credit controller can decide credit requests.";

    public async Task<CreditDecisionResult> ApproveAsync(Guid id, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (result, messages) = await DecideAsync(id, approve: true, comment, user, cancellationToken);
        OutboxSendJob.Enqueue(jobs, messages);
        return result;
    }

    public async Task<CreditDecisionResult> RejectAsync(Guid id, string comment, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(comment)
            ? new CreditDecisionResult(id, "Say why it is rejected, so the requester knows what to do.")
            : (await DecideAsync(id, approve: false, comment, user, cancellationToken)).Result;

    private async Task<(CreditDecisionResult Result, IReadOnlyList<Guid> Messages)> DecideAsync(
        Guid id, bool approve, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > CommentMaxLength)
        {
            return (new(id, $"A comment has at most {CommentMaxLength} characters."), []);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.CreditRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || request.Status != CreditRequestStatus.Pending)
        {
            return (new(id, request is null ? "This request no longer exists." : $"This request is {request.Status.ToString().ToLowerInvariant()}, not waiting for a decision."), []);
        }

        if (WhyNot(user, request) is { } why)
        {
            return (new(id, why), []);
        }

        var now = clock.GetUtcNow();
        request.Status = approve ? CreditRequestStatus.Approved : CreditRequestStatus.Rejected;
        request.DecidedBy = user.UserId();
        request.DecidedByName = user.DisplayName();
        request.DecidedAt = now;
        request.DecisionComment = comment;
        IReadOnlyList<OutboxMessage> messages = [];
        if (approve && request.Kind == CreditRequestKind.Override)
        {
            request.ExpiresAt = now + options.Value.OverrideLifetime;
        }
        else if (approve)
        {
            var change = await NewLimitChangeAsync(db, request, now, cancellationToken);
            if (change is null)
            {
                return (new(id, "This customer is no longer linked to an ERP customer, so the limit cannot be pushed."), []);
            }

            var customer = await db.Customers.SingleAsync(c => c.Id == request.CustomerId, cancellationToken);
            var links = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == customer.Id).ToListAsync(cancellationToken);
            (messages, _) = OutboxWriter.For(change, customer, links, now);
            db.ChangeRequests.Add(change);
            db.OutboxMessages.AddRange(messages);
            request.ChangeRequestId = change.Id;
        }

        db.AuditEvents.Add(AuditEvents.By(user, approve ? "CreditRequestApproved" : "CreditRequestRejected", nameof(CreditRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new
            {
                request.CustomerId, Kind = request.Kind.ToString(), request.RequestedBy, request.Amount, request.CurrencyCode, request.CrmQuoteId,
                request.ExpiresAt, request.ChangeRequestId, Comment = comment,
            })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (new(id, "Someone else decided this request just now; reload to see where it stands."), []);
        }

        return (new(id, null, request.ChangeRequestId), [.. messages.Select(m => m.Id)]);
    }

    /// <summary>The approved change request the outbox pushes: requested by the requester, approved by this decision.</summary>
    private static async Task<ChangeRequest?> NewLimitChangeAsync(PortalDbContext db, CreditRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var erpLink = await db.SourceLinks.AsNoTracking()
            .FirstOrDefaultAsync(l => l.CustomerId == request.CustomerId && l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId == null, cancellationToken);
        if (erpLink is null)
        {
            return null;
        }

        var profile = await db.CreditProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ErpCustomerId == erpLink.ExternalId, cancellationToken);
        var change = new ChangeRequest
        {
            CustomerId = request.CustomerId,
            Status = ChangeRequestStatus.Approved,
            Reason = $"Credit request: {request.Reason}",
            Source = ChangeSource.Conversion,
            RequiredApproverRole = Roles.CreditController,
            RequestedBy = request.RequestedBy,
            RequestedByName = request.RequestedByName,
            RequestedAt = request.RequestedAt,
            SubmittedAt = request.RequestedAt,
            DecidedBy = request.DecidedBy,
            DecidedByName = request.DecidedByName,
            DecidedAt = now,
            DecisionComment = request.DecisionComment,
        };
        change.Fields.Add(new ChangeRequestField
        {
            FieldName = "CreditLimit",
            OldValue = profile?.CreditLimit.ToString("0.00", CultureInfo.InvariantCulture),
            NewValue = request.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            TargetSystem = ChangeTarget.Erp,
            BasedOnEtag = erpLink.SourceEtag,
        });
        return change;
    }
}
