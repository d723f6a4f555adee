namespace CrmErpPortal.Jobs;

/// <summary>
/// One writer of hub links at a time: the CRM and ERP pulls both create and fold golden records, and interleaved they
/// could attach a row to a record the other has just folded away; duplicate scoring waits for it too, so it never
/// pairs a CRM record with its ERP twin before the exact-key linker has folded them.
/// </summary>
public sealed class HubSyncLock(StorageLocks locks)
{
    public IDisposable Acquire() => locks.Acquire("crmerpportal:hub-sync", TimeSpan.FromMinutes(30));
}
