using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

public sealed record LiveFieldValue(string FieldName, string? CurrentValue, bool MovedSinceRequest);

/// <summary>What one system's record holds now for the request's fields; when not live, why (and the page shows the values as requested).</summary>
public sealed record LiveTargetValues(SourceSystem System, string ExternalId, bool IsLive, string? Problem, IReadOnlyList<LiveFieldValue> Fields)
{
    public string SystemName => System == SourceSystem.Crm ? "CRM" : "ERP";

    public LiveFieldValue? Find(string fieldName) => Fields.FirstOrDefault(f => f.FieldName == fieldName);
}

/// <param name="PortalOnly">Fields no system takes: they apply to the hub when approved.</param>
public sealed record LiveValuesResult(IReadOnlyList<LiveTargetValues> Targets, IReadOnlyList<string> PortalOnly);

/// <summary>
/// Reads, live, each record an approval would write (the same targets as <see cref="OutboxWriter.For"/>) so the
/// approver sees whether someone changed a field since the request. Each read has its own short timeout and never
/// throws to the page: a system that cannot answer is reported in words.
/// </summary>
public sealed class GetLiveValuesQuery(IDbContextFactory<PortalDbContext> contexts, ICrmConnector crm, IErpConnector erp, TimeProvider clock, ILogger<GetLiveValuesQuery> logger)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    public async Task<LiveValuesResult?> ExecuteAsync(Guid requestId, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        ChangeRequest? request;
        Customer? customer;
        List<SourceLink> links;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            request = await db.ChangeRequests.AsNoTracking().Include(r => r.Fields).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            customer = request is null ? null : await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CustomerId, cancellationToken);
            links = customer is null ? [] : await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == customer.Id).ToListAsync(cancellationToken);
        }

        if (request is null || customer is null)
        {
            return null;
        }

        // The messages are built in memory only, to know which records an approval would write; nothing is saved.
        var (messages, portalOnly) = OutboxWriter.For(request, customer, links, clock.GetUtcNow());
        var targets = await Task.WhenAll(messages.Select(m => ReadAsync(m.TargetSystem, m.ExternalId, OutboxPayload.FromJson(m.PayloadJson), timeout ?? DefaultTimeout, cancellationToken)));
        return new LiveValuesResult(targets, [.. portalOnly.Select(f => f.FieldName)]);
    }

    private async Task<LiveTargetValues> ReadAsync(SourceSystem system, string externalId, OutboxPayload payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var name = system == SourceSystem.Crm ? "CRM" : "ERP";
        LiveTargetValues NotLive(string reason) => new(system, externalId, false, $"Could not read the {name} live: {reason}; showing the values as requested.", []);

        if (!Guid.TryParse(externalId, out var id))
        {
            return NotLive("its record id is not one it can look up");
        }

        var fields = payload.Fields.Select(f => (Change: f, Map: PushFieldMap.Find(system, f.Field))).Where(f => f.Map is not null).ToList();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var snapshot = system == SourceSystem.Crm
                ? await crm.ReadAccountColumnsAsync(id, [.. fields.SelectMany(f => f.Map!.Columns).Distinct()], deadline.Token)
                : await erp.ReadCustomerFieldsAsync(id, deadline.Token);
            if (snapshot is null)
            {
                return NotLive("the record no longer exists there (deleted or merged)");
            }

            return new LiveTargetValues(system, externalId, true, null, [.. fields.Select(f =>
            {
                var current = f.Map!.CurrentValue(snapshot, payload.CountryCode);
                return new LiveFieldValue(f.Change.Field, current, !SameValue(current, f.Change.OldValue));
            })]);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NotLive($"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (SourceUnavailableException e)
        {
            return NotLive(e.Status is { } status ? $"it answered {status}" : "it could not be reached");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The system and record id only: the exception text may quote the record's values.
            logger.LogWarning("Live read for an approval failed: {System} record {ExternalId}, {ExceptionType}", name, externalId, e.GetType().Name);
            return NotLive("the read failed");
        }
    }

    // The same comparison the sender makes before it calls a field a conflict.
    private static bool SameValue(string? a, string? b) =>
        string.Equals(a?.Trim() ?? string.Empty, b?.Trim() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
}
