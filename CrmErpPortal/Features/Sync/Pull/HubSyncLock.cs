using Hangfire;
using Hangfire.Storage;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// One pull writes hub links at a time: the CRM and ERP pulls both create and fold golden records, and interleaved
/// they could attach a row to a record the other has just folded away. Hangfire's distributed lock makes this hold
/// across every job server sharing the storage.
/// </summary>
public sealed class HubSyncLock(JobStorage storage)
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(30);

    public IDisposable Acquire()
    {
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock("crmerpportal:hub-sync", Wait));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IStorageConnection connection, IDisposable distributedLock) : IDisposable
    {
        public void Dispose()
        {
            distributedLock.Dispose();
            connection.Dispose();
        }
    }
}
