using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <summary>The outcome for one proposal: null error means it was decided as asked.</summary>
public sealed record RetentionDecision(Guid ProposalId, string? Error, Guid? ChangeRequestId = null);

/// <summary>
/// A privacy officer approves due records for de-identification, or keeps them with a reason. Approval de-identifies
/// the hub record, scrubs the personal values the hub kept elsewhere (change-request values, duplicate pairs, findings,
/// correction records) and raises an approved change request whose outbox messages de-identify the CRM and ERP copies
/// (<see cref="SourceFields"/>). Each proposal is one transaction with its audit event, which names fields and counts,
/// never values. A proposal already purged is reported, not purged twice.
/// </summary>
public sealed class DecideRetentionCommand(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string RetentionRequester = "retention-schedule";
    public const int CommentMaxLength = 1000;

    /// <summary>What the source systems are sent: the fields the hub cleared, blanked (the name becomes the pseudonym).</summary>
    private static readonly string[] SourceFields = ["DisplayName", "BusinessNumber", "Email", "Phone", "BillingAddress", "ShippingAddress"];

    public async Task<IReadOnlyList<RetentionDecision>> ApproveAsync(IReadOnlyList<Guid> proposalIds, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!IsPrivacyOfficer(user))
        {
            return [.. proposalIds.Select(id => new RetentionDecision(id, "Only a privacy officer can approve a purge."))];
        }

        var results = new List<RetentionDecision>(proposalIds.Count);
        foreach (var id in proposalIds.Distinct())
        {
            var (decision, messages) = await PurgeAsync(id, user, cancellationToken);
            OutboxSendJob.Enqueue(jobs, messages);
            results.Add(decision);
        }

        return results;
    }

    /// <summary>Approves every pending proposal (the page's "Approve all").</summary>
    public async Task<IReadOnlyList<RetentionDecision>> ApproveAllAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.RetentionProposals.AsNoTracking().Where(p => p.Status == RetentionProposalStatus.Pending).Select(p => p.Id).ToListAsync(cancellationToken);
        return await ApproveAsync(ids, user, cancellationToken);
    }

    public async Task<IReadOnlyList<RetentionDecision>> KeepAsync(IReadOnlyList<Guid> proposalIds, string reason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        reason = reason.Trim();
        var error = !IsPrivacyOfficer(user) ? "Only a privacy officer can decide a retention proposal."
            : reason.Length == 0 ? "Say why the records are kept (e.g. \"dispute open with this customer\")."
            : reason.Length > CommentMaxLength ? $"At most {CommentMaxLength} characters."
            : null;
        if (error is not null)
        {
            return [.. proposalIds.Select(id => new RetentionDecision(id, error))];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var proposals = await db.RetentionProposals.Where(p => proposalIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var results = new List<RetentionDecision>();
        foreach (var id in proposalIds.Distinct())
        {
            var proposal = proposals.FirstOrDefault(p => p.Id == id);
            if (proposal is null || proposal.Status != RetentionProposalStatus.Pending)
            {
                results.Add(new RetentionDecision(id, proposal is null ? "This proposal no longer exists." : $"Already {proposal.Status.ToString().ToLowerInvariant()}."));
                continue;
            }

            Decide(proposal, RetentionProposalStatus.Kept, reason, user, now);
            db.AuditEvents.Add(AuditEvents.By(user, "RetentionKept", ProposalEntity(proposal), ProposalEntityId(proposal), now,
                afterJson: JsonSerializer.Serialize(new { ProposalId = proposal.Id, Category = proposal.Category.ToString(), HasReason = true })));
            results.Add(new RetentionDecision(id, null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    private async Task<(RetentionDecision Decision, IReadOnlyList<Guid> Messages)> PurgeAsync(Guid proposalId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var proposal = await db.RetentionProposals.SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null)
        {
            return (new RetentionDecision(proposalId, "This proposal no longer exists."), []);
        }

        if (proposal.Status != RetentionProposalStatus.Pending)
        {
            return (new RetentionDecision(proposalId, $"Already {proposal.Status.ToString().ToLowerInvariant()}; nothing was changed."), []);
        }

        var customer = await db.Customers.Include(c => c.Contacts).SingleAsync(c => c.Id == proposal.CustomerId, cancellationToken);
        var contacts = proposal.ContactId is { } contactId ? customer.Contacts.Where(c => c.Id == contactId).ToList() : customer.Contacts;
        // A hold placed after the proposal wins: the record stays as it is and the proposal stays for a decision.
        if (customer.LegalHold || contacts.Any(c => c.LegalHold))
        {
            return (new RetentionDecision(proposalId, "On legal hold since it was proposed: clear the hold first, or keep the record."), []);
        }

        if (customer.Status == CustomerStatus.Merged)
        {
            return (new RetentionDecision(proposalId, "Merged into another record since it was proposed; the next nightly run proposes the survivor if it is due."), []);
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<string> cleared = [];
        var contactFields = new HashSet<string>();
        foreach (var contact in contacts.Where(c => c.DeidentifiedAt is null))
        {
            contactFields.UnionWith(Deidentifier.Contact(contact, now));
        }

        ChangeRequest? request = null;
        IReadOnlyList<OutboxMessage> messages = [];
        if (proposal.ContactId is null && customer.DeidentifiedAt is null)
        {
            cleared = Deidentifier.Customer(customer, now);
            await ScrubAsync(db, customer.Id, cancellationToken);
            var links = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == customer.Id).ToListAsync(cancellationToken);
            (request, messages) = SourceChangeRequest(customer, cleared, links, user, now);
            db.ChangeRequests.Add(request);
            db.OutboxMessages.AddRange(messages);
        }

        Decide(proposal, RetentionProposalStatus.Purged, null, user, now);
        // Field names and counts only: the purged values must not survive in the audit trail.
        db.AuditEvents.Add(AuditEvents.By(user, "RetentionPurged", ProposalEntity(proposal), ProposalEntityId(proposal), now,
            afterJson: JsonSerializer.Serialize(new
            {
                ProposalId = proposal.Id,
                Category = proposal.Category.ToString(),
                CustomerId = customer.Id,
                CustomerFields = cleared,
                Contacts = contacts.Count,
                ContactFields = contactFields.Order(StringComparer.Ordinal),
                ChangeRequestId = request?.Id,
                Messages = messages.Select(m => new { m.Id, System = m.TargetSystem.ToString() }),
            })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (new RetentionDecision(proposalId, "The record changed while it was being purged; try again."), []);
        }

        return (new RetentionDecision(proposalId, null, request?.Id), [.. messages.Select(m => m.Id)]);
    }

    /// <summary>
    /// The purge's change request: requested by the retention schedule, approved by the privacy officer (four eyes:
    /// the schedule proposed, a person decided), so its messages go straight to the outbox. Old values are not kept
    /// (they are what is being purged), and the messages overwrite: a record edited at the source since is not a
    /// conflict to resolve but more personal data to remove.
    /// </summary>
    private static (ChangeRequest Request, IReadOnlyList<OutboxMessage> Messages) SourceChangeRequest(
        Customer customer, IReadOnlyList<string> cleared, IReadOnlyList<SourceLink> links, ClaimsPrincipal user, DateTimeOffset now)
    {
        var live = (SourceSystem system) => links.FirstOrDefault(l => l.System == system && !l.IsDeletedAtSource && l.MergedFromCustomerId is null)?.SourceEtag;
        var request = new ChangeRequest
        {
            CustomerId = customer.Id,
            Status = ChangeRequestStatus.Approved,
            Reason = "Retention schedule: de-identify the source records (NZ IPP 9, AU APP 11.2).",
            Source = ChangeSource.Privacy,
            RequiredApproverRole = Roles.PrivacyOfficer,
            RequestedBy = RetentionRequester,
            RequestedByName = "Retention schedule",
            RequestedAt = now,
            SubmittedAt = now,
            DecidedBy = user.UserId(),
            DecidedByName = user.DisplayName(),
            DecidedAt = now,
        };
        foreach (var field in SourceFields.Where(f => f == "DisplayName" || cleared.Contains(f)))
        {
            request.Fields.Add(new ChangeRequestField
            {
                FieldName = field,
                NewValue = field == "DisplayName" ? customer.DisplayName : null,
                // Both: the ERP holds its own copy of the phone and email, and it must lose them too.
                TargetSystem = ChangeTarget.Both,
                BasedOnEtag = live(SourceSystem.Crm) ?? live(SourceSystem.Erp),
                BasedOnErpEtag = live(SourceSystem.Erp),
            });
        }

        var (messages, _) = OutboxWriter.For(request, customer, links, now);
        foreach (var message in messages)
        {
            message.PayloadJson = (OutboxPayload.FromJson(message.PayloadJson) with { Overwrite = true }).ToJson();
        }
        if (messages.Count == 0)
        {
            request.Status = ChangeRequestStatus.Done;
        }

        return (request, messages);
    }

    /// <summary>Personal values the hub kept outside the record itself.</summary>
    private static async Task ScrubAsync(PortalDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var requests = await db.ChangeRequests.Include(r => r.Fields).Where(r => r.CustomerId == customerId).ToListAsync(cancellationToken);
        foreach (var open in requests.Where(r => r.Status is ChangeRequestStatus.Draft or ChangeRequestStatus.Pending))
        {
            // Approving one later would write the purged person's data back.
            open.Status = ChangeRequestStatus.Rejected;
            open.DecisionComment = "The customer's data was de-identified under the retention schedule.";
        }

        foreach (var field in requests.SelectMany(r => r.Fields))
        {
            (field.OldValue, field.NewValue, field.ConflictValue) = (null, null, null);
        }

        // Earlier pushes: one not yet sent would write the old data back to a source; sent ones keep values in their payload.
        var requestIds = requests.Select(r => r.Id).ToList();
        foreach (var message in await db.OutboxMessages.Where(m => m.ChangeRequestId != null && requestIds.Contains(m.ChangeRequestId.Value)).ToListAsync(cancellationToken))
        {
            if (message.Status is OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Conflicted or OutboxStatus.DeadLettered)
            {
                message.Status = OutboxStatus.Cancelled;
            }

            var payload = OutboxPayload.FromJson(message.PayloadJson);
            message.PayloadJson = (payload with { Fields = [.. payload.Fields.Select(f => f with { OldValue = null, NewValue = null })] }).ToJson();
        }

        db.CorrectionStatements.RemoveRange(await db.CorrectionStatements.Where(s => s.CustomerId == customerId).ToListAsync(cancellationToken));
        db.CorrectionRequests.RemoveRange(await db.CorrectionRequests.Where(s => s.CustomerId == customerId).ToListAsync(cancellationToken));
        db.DuplicateCandidates.RemoveRange(await db.DuplicateCandidates.Where(d => d.CustomerAId == customerId || d.CustomerBId == customerId).ToListAsync(cancellationToken));
        db.DataQualityFindings.RemoveRange(await db.DataQualityFindings.Where(f => f.CustomerId == customerId).ToListAsync(cancellationToken));

        // The drift report's copies of each system's values and its findings quote the purged data too.
        var links = db.SourceLinks.Where(l => l.CustomerId == customerId).Select(l => l.Id);
        db.SourceFieldCopies.RemoveRange(await db.SourceFieldCopies.Where(c => links.Contains(c.SourceLinkId)).ToListAsync(cancellationToken));
        db.DriftFindings.RemoveRange(await db.DriftFindings.Where(f => f.CustomerId == customerId).ToListAsync(cancellationToken));
    }

    private static void Decide(RetentionProposal proposal, RetentionProposalStatus status, string? comment, ClaimsPrincipal user, DateTimeOffset now)
    {
        proposal.Status = status;
        proposal.DecidedBy = user.UserId();
        proposal.DecidedByName = user.DisplayName();
        proposal.DecidedAt = now;
        proposal.DecisionComment = comment;
    }

    private static string ProposalEntity(RetentionProposal proposal) => proposal.ContactId is null ? "Customer" : "Contact";

    private static string ProposalEntityId(RetentionProposal proposal) => (proposal.ContactId ?? proposal.CustomerId).ToString();

    internal static bool IsPrivacyOfficer(ClaimsPrincipal user) => Policies.RolesByPolicy[Policies.Privacy].Any(user.IsInRole);
}
