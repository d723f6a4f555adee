using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Integration;
using CrmErpPortal.Integration.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>What one send did, and when the message should be tried again (null: it reached a final state).</summary>
public sealed record SendResult(OutboxStatus Status, OutboxAttemptOutcome Outcome, DateTimeOffset? RetryAt);

/// <summary>
/// Sends one outbox message, never applying a change twice (PROTOCOLS.md §6–§7). It claims the message, re-reads the
/// record, and only then writes:
/// <list type="bullet">
/// <item>values already there (a write that committed but timed out, or a replay) → succeeded without writing;</item>
/// <item>a field someone else changed since the request (neither its old nor its new value) → conflict, never an overwrite;</item>
/// <item>otherwise PATCH only the differing columns with If-Match on the etag just read, so a concurrent change or a
/// second sender can only meet a 412/409 — which re-reads and decides again.</item>
/// </list>
/// 429, 5xx and timeouts are retried later with backoff (Retry-After when given); a refusal (4xx) or the last attempt
/// sends the message to the dead-letter list. Each attempt is recorded; each final state is an audit event.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<PortalDbContext> contexts, ICrmConnector crm, IErpConnector erp, IOptions<PushOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    public const string ActorId = "system:outbox";
    private const int RaceRetries = 3;

    /// <summary>Null when the message was not this sender's to send (done, cancelled, not yet due, or held by another sender).</summary>
    public async Task<SendResult?> SendAsync(Guid messageId, string jobId, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(messageId, cancellationToken))
        {
            return null;
        }

        OutboxMessage claimed;
        await using (var read = await contexts.CreateDbContextAsync(cancellationToken))
        {
            claimed = await read.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, cancellationToken);
        }

        var payload = OutboxPayload.FromJson(claimed.PayloadJson);
        var attempt = await TryWriteAsync(claimed, payload, cancellationToken);
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await RecordAsync(messageId, claimed.LockedUntil, payload, attempt, jobId, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (tries < 5)
            {
                // A pull updated the same customer meanwhile: record again on fresh rows. The system's answer stands;
                // if recording never succeeds, the lease runs out and the next sender finds the values already applied.
            }
        }
    }

    private async Task<SendResult> RecordAsync(
        Guid messageId, DateTimeOffset? claimedLease, OutboxPayload payload, WriteAttempt attempt, string jobId, CancellationToken cancellationToken)
    {
        var (outcome, detail, httpStatus, resultEtag, conflicts, retryAfter) = attempt;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == messageId, cancellationToken);
        var now = clock.GetUtcNow();
        message.Attempts++;
        db.OutboxAttempts.Add(new OutboxAttempt
        {
            OutboxMessageId = message.Id, Number = message.Attempts, AttemptedAt = now, Outcome = outcome, HttpStatus = httpStatus, Detail = detail, JobId = jobId,
        });
        if (message.Status != OutboxStatus.Sending || message.LockedUntil != claimedLease)
        {
            // This send outlived its lease and the message was claimed again (and maybe finished) by another sender:
            // its attempt is history, but the state is the newer claim's — a late failure must not undo a success.
            // (The lease is the claim's token: a claim writes a new one, and a recorded attempt clears it.)
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Outbox message {MessageId}: attempt {Attempt} {Outcome} came after the message was claimed again; its state stays {Status}", message.Id, message.Attempts, outcome, message.Status);
            return new SendResult(message.Status, outcome, null);
        }

        message.LockedUntil = null;

        DateTimeOffset? retryAt = null;
        switch (outcome)
        {
            case OutboxAttemptOutcome.Applied or OutboxAttemptOutcome.AlreadyApplied:
                if (attempt.CreatedId is { } createdId)
                {
                    message.ExternalId = createdId.ToString();
                }

                message.Status = OutboxStatus.Succeeded;
                message.SentAt = now;
                message.ResultEtag = resultEtag;
                message.LastError = null;
                await PushConfirmation.ApplyAsync(db, message, payload, now, cancellationToken);
                break;
            case OutboxAttemptOutcome.Conflict:
                message.Status = OutboxStatus.Conflicted;
                message.LastError = detail;
                await RecordConflictsAsync(db, message, conflicts, cancellationToken);
                break;
            case OutboxAttemptOutcome.Rejected or OutboxAttemptOutcome.NotFound:
                message.Status = OutboxStatus.DeadLettered;
                message.LastError = detail;
                break;
            default:
                message.LastError = detail;
                if (message.Attempts >= options.Value.MaxAttempts)
                {
                    message.Status = OutboxStatus.DeadLettered;
                    message.LastError = $"Gave up after {message.Attempts} attempts. Last: {detail}";
                }
                else
                {
                    message.Status = OutboxStatus.Pending;
                    retryAt = now + RetryDelay(message.Attempts, retryAfter);
                    message.NextAttemptAt = retryAt.Value;
                }

                break;
        }

        if (message.ChangeRequestId is { } requestId)
        {
            await ChangeRequestProgress.UpdateAsync(db, requestId, cancellationToken);
            if (retryAt is null)
            {
                db.AuditEvents.Add(Audit(message, outcome, jobId, now));
            }
        }
        else if (retryAt is null && message.Operation == OutboxWriter.UpdateCrmQuoteLine)
        {
            db.AuditEvents.Add(Audit(message, outcome, jobId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Outbox message {MessageId} to {System}: attempt {Attempt} {Outcome}, now {Status}", message.Id, message.TargetSystem, message.Attempts, outcome, message.Status);
        return new SendResult(message.Status, outcome, retryAt);
    }

    private async Task<bool> ClaimAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = now + options.Value.Lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == messageId
                && ((m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LockedUntil < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LockedUntil, lease)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        return claimed == 1;
    }

    private async Task<WriteAttempt> TryWriteAsync(OutboxMessage message, OutboxPayload payload, CancellationToken cancellationToken)
    {
        var system = message.TargetSystem;
        if (message.Operation is OutboxWriter.LinkErpCustomer or OutboxWriter.CreateErpCustomer)
        {
            return await GuardAsync(system, () => ErpCustomerAsync(message, payload, cancellationToken));
        }

        var fields = payload.Fields.Select(f => (Change: f, Map: PushFieldMap.Find(system, message.Operation, f.Field))).ToList();
        if (fields.Where(f => f.Map is null).Select(f => f.Change).FirstOrDefault() is { } unknown)
        {
            return WriteAttempt.Final(OutboxAttemptOutcome.Rejected, $"The portal cannot write \"{unknown.Field}\" to the {SystemName(system)}.");
        }

        return await GuardAsync(system, async () =>
        {
            for (var race = 0; race <= RaceRetries; race++)
            {
                var snapshot = await ReadAsync(message, fields.SelectMany(f => f.Map!.Columns).Distinct().ToList(), cancellationToken);
                if (snapshot is null)
                {
                    return WriteAttempt.Final(OutboxAttemptOutcome.NotFound, $"The {SystemName(system)} record no longer exists (deleted or merged there).", 404);
                }

                var pending = fields.Where(f => !f.Map!.IsApplied(snapshot, f.Change.NewValue, payload.CountryCode)).ToList();
                if (pending.Count == 0)
                {
                    return WriteAttempt.Final(OutboxAttemptOutcome.AlreadyApplied, "The values were already there (an earlier attempt had committed).", etag: snapshot.Etag);
                }

                if (!payload.Overwrite && !string.Equals(snapshot.Etag, payload.BasedOnEtag, StringComparison.Ordinal))
                {
                    // The record moved since the request: only fields someone else changed are a conflict.
                    var conflicts = pending
                        .Select(f => (f.Change.Field, Current: f.Map!.CurrentValue(snapshot, payload.CountryCode)))
                        .Where(c => !SameValue(c.Current, payload.Fields.First(f => f.Field == c.Field).OldValue))
                        .ToList();
                    if (conflicts.Count > 0)
                    {
                        return new WriteAttempt(OutboxAttemptOutcome.Conflict,
                            $"Changed in the {SystemName(system)} since the request: {string.Join(", ", conflicts.Select(c => c.Field))}.", 412, null, conflicts, null);
                    }
                }

                var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (change, map) in pending)
                {
                    foreach (var (column, value) in map!.ToWire(change.NewValue, payload.CountryCode))
                    {
                        if (!PushField.SameWireValue(snapshot[column], value))
                        {
                            columns[column] = value;
                        }
                    }
                }

                var id = Guid.Parse(message.ExternalId);
                var result = message.Operation == OutboxWriter.UpdateCrmQuoteLine
                    ? await crm.UpdateQuoteLineAsync(id, columns, snapshot.Etag, cancellationToken)
                    : system == SourceSystem.Crm
                        ? await crm.UpdateAccountAsync(id, columns, snapshot.Etag, cancellationToken)
                        : await erp.UpdateCustomerAsync(id, columns, snapshot.Etag, cancellationToken);
                switch (result.Outcome)
                {
                    case WriteOutcome.Applied:
                        return WriteAttempt.Final(OutboxAttemptOutcome.Applied, $"The {SystemName(system)} accepted the change.", etag: result.Etag);
                    case WriteOutcome.NotFound:
                        return WriteAttempt.Final(OutboxAttemptOutcome.NotFound, $"The {SystemName(system)} record no longer exists (deleted or merged there).", 404);
                }

                // 412/409 between our read and our write: someone (or another sender) got there first. Read again.
            }

            return new WriteAttempt(OutboxAttemptOutcome.Conflict, $"The {SystemName(system)} record kept changing while the portal wrote to it.", 412, null, [], null);
        });
    }

    /// <summary>
    /// Link: the ERP customer must still exist; nothing is written there. Create: found by its number first, so a retry
    /// after a lost answer (or a customer someone made by hand meanwhile) is linked instead of made twice.
    /// </summary>
    private async Task<WriteAttempt> ErpCustomerAsync(OutboxMessage message, OutboxPayload payload, CancellationToken cancellationToken)
    {
        if (message.Operation == OutboxWriter.LinkErpCustomer)
        {
            var snapshot = await erp.ReadCustomerFieldsAsync(Guid.Parse(message.ExternalId), cancellationToken);
            return snapshot is null
                ? WriteAttempt.Final(OutboxAttemptOutcome.NotFound, "The ERP customer no longer exists (deleted or merged there).", 404)
                : WriteAttempt.Final(OutboxAttemptOutcome.AlreadyApplied, "The ERP customer exists; the portal links it.", etag: snapshot.Etag);
        }

        var number = payload.Fields[0].NewValue!;
        if (await erp.FindCustomerByNumberAsync(number, cancellationToken) is { } found)
        {
            return WriteAttempt.Final(OutboxAttemptOutcome.AlreadyApplied, $"The ERP already has customer {found.Number}; the portal links it.", etag: found.Etag) with { CreatedId = found.Id };
        }

        Customer? customer;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == payload.CustomerId, cancellationToken);
        }

        if (customer is null)
        {
            return WriteAttempt.Final(OutboxAttemptOutcome.Rejected, "The customer is no longer in the portal; no ERP customer was created.");
        }

        var created = await erp.CreateCustomerAsync(ErpCustomerDrafts.For(customer, number), cancellationToken);
        return WriteAttempt.Final(OutboxAttemptOutcome.Applied, $"The ERP created customer {created.Number}.", etag: created.Etag) with { CreatedId = created.Id };
    }

    private async Task<WriteAttempt> GuardAsync(SourceSystem system, Func<Task<WriteAttempt>> write)
    {
        try
        {
            return await write();
        }
        catch (SourceUnavailableException ex)
        {
            var outcome = ex.Status switch
            {
                429 => OutboxAttemptOutcome.Throttled,
                >= 500 => OutboxAttemptOutcome.ServerError,
                _ => ex.InnerException is Polly.Timeout.TimeoutRejectedException or TaskCanceledException ? OutboxAttemptOutcome.Timeout : OutboxAttemptOutcome.Unreachable,
            };
            var words = outcome switch
            {
                OutboxAttemptOutcome.Throttled => $"The {SystemName(system)} asked the portal to slow down (429); it will try again.",
                OutboxAttemptOutcome.ServerError => $"The {SystemName(system)} had an internal error ({ex.Status}); it will try again.",
                OutboxAttemptOutcome.Timeout => $"No answer from the {SystemName(system)} in time; the next attempt first checks whether the change arrived.",
                _ => $"Could not reach the {SystemName(system)}; the next attempt first checks whether the change arrived.",
            };
            return new WriteAttempt(outcome, words, ex.Status, null, [], ex.RetryAfter);
        }
        catch (SourceRequestException ex)
        {
            return WriteAttempt.Final(OutboxAttemptOutcome.Rejected, $"The {SystemName(system)} refused the change ({(int)ex.Error.Status}): {Trim(ex.Error.Message)}", (int)ex.Error.Status);
        }
    }

    private Task<SourceRecordSnapshot?> ReadAsync(OutboxMessage message, IReadOnlyCollection<string> columns, CancellationToken cancellationToken) =>
        message.Operation == OutboxWriter.UpdateCrmQuoteLine ? crm.ReadQuoteLineColumnsAsync(Guid.Parse(message.ExternalId), columns, cancellationToken)
        : message.TargetSystem == SourceSystem.Crm
            ? crm.ReadAccountColumnsAsync(Guid.Parse(message.ExternalId), columns, cancellationToken)
            : erp.ReadCustomerFieldsAsync(Guid.Parse(message.ExternalId), cancellationToken);

    private static async Task RecordConflictsAsync(PortalDbContext db, OutboxMessage message, IReadOnlyList<(string Field, string? Current)> conflicts, CancellationToken cancellationToken)
    {
        if (message.ChangeRequestId is not { } requestId || conflicts.Count == 0)
        {
            return;
        }

        var names = conflicts.Select(c => c.Field).ToList();
        var fields = await db.ChangeRequestFields.Where(f => f.ChangeRequestId == requestId && names.Contains(f.FieldName)).ToListAsync(cancellationToken);
        foreach (var field in fields)
        {
            field.ConflictValue = conflicts.First(c => c.Field == field.FieldName).Current;
        }
    }

    private TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        var exponential = settings.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        var delay = jittered > settings.MaxRetryDelay ? settings.MaxRetryDelay : jittered;
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }

    private static AuditEvent Audit(OutboxMessage message, OutboxAttemptOutcome outcome, string jobId, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        UserId = ActorId,
        UserName = "Outbox sender",
        Action = message.Status switch
        {
            OutboxStatus.Succeeded => "ChangePushed",
            OutboxStatus.Conflicted => "ChangePushConflicted",
            _ => "ChangePushDeadLettered",
        },
        // A quote line's price push has no change request: the message itself is what the audit names.
        EntityType = message.ChangeRequestId is null ? nameof(OutboxMessage) : "ChangeRequest",
        EntityId = (message.ChangeRequestId ?? message.Id).ToString(),
        CorrelationId = jobId,
        // The system's answer in words and the message, never the values (personal data).
        AfterJson = JsonSerializer.Serialize(new { MessageId = message.Id, System = message.TargetSystem.ToString(), message.ExternalId, JobId = jobId, Outcome = outcome.ToString(), message.Attempts, Answer = message.LastError }),
    };

    private static bool SameValue(string? a, string? b) =>
        string.Equals(a?.Trim() ?? string.Empty, b?.Trim() ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    private static string SystemName(SourceSystem system) => system == SourceSystem.Crm ? "CRM" : "ERP";

    private static string Trim(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private sealed record WriteAttempt(
        OutboxAttemptOutcome Outcome, string Detail, int? HttpStatus, string? Etag, IReadOnlyList<(string Field, string? Current)> Conflicts, TimeSpan? RetryAfter)
    {
        /// <summary>The ERP customer a create made (or found under its number): the message's record from then on.</summary>
        public Guid? CreatedId { get; init; }

        public static WriteAttempt Final(OutboxAttemptOutcome outcome, string detail, int? status = null, string? etag = null) =>
            new(outcome, detail, status, etag, [], null);

        public void Deconstruct(out OutboxAttemptOutcome outcome, out string detail, out int? status, out string? etag, out IReadOnlyList<(string Field, string? Current)> conflicts, out TimeSpan? retryAfter) =>
            (outcome, detail, status, etag, conflicts, retryAfter) = (Outcome, Detail, HttpStatus, Etag, Conflicts, RetryAfter);
    }
}
