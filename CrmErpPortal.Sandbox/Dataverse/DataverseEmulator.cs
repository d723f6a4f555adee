using CrmErpPortal.Sandbox.Dataverse.Webhooks;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>What every Dataverse handler shares: the CRM's store and faults, the clock, settings and the webhook sender.</summary>
public sealed class DataverseEmulator(EmulatedSystem system, TimeProvider clock, DataverseSettings settings, WebhookDispatcher webhooks)
{
    /// <summary>Fixed identities of the sandbox's application user, so WhoAmI and webhook contexts agree across runs.</summary>
    public static readonly Guid UserId = new("5a4d6f9e-1c7b-4e2a-9d3f-000000000001");
    public static readonly Guid BusinessUnitId = new("5a4d6f9e-1c7b-4e2a-9d3f-000000000002");
    public static readonly Guid OrganizationId = new("5a4d6f9e-1c7b-4e2a-9d3f-000000000003");

    public RecordStore Store => system.Store;

    public Faults.FaultState Faults => system.Faults;

    public TimeProvider Clock => clock;

    public DataverseSettings Settings => settings;

    public WebhookDispatcher Webhooks => webhooks;

    /// <summary>
    /// Serialises the emulator's writes so check-then-write steps (upsert, alternate-key uniqueness, If-None-Match) are atomic,
    /// as they are inside Dataverse's SQL transaction.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public async Task<StoredRecord?> FindAsync(RecordAddress address, CancellationToken cancellationToken)
    {
        if (address.Id is { } id)
        {
            return await Store.FindAsync(address.Table.EntitySet, id, cancellationToken);
        }

        var matches = await Store.FindByPropertyAsync(address.Table.EntitySet, address.KeyColumn!, address.KeyValue!, cancellationToken);
        return matches.Count > 0 ? matches[0] : null;
    }
}
