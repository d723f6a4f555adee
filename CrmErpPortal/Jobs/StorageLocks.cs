using Hangfire;
using Hangfire.Storage;

namespace CrmErpPortal.Jobs;

/// <summary>Named locks in the job storage, so they hold across every job server that shares it.</summary>
public sealed class StorageLocks(JobStorage storage)
{
    public IDisposable Acquire(string resource, TimeSpan wait)
    {
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock(resource, wait));
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
