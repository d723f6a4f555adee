using Hangfire;
using Hangfire.Storage;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>One scoring run at a time across every job server: two would write the same queue rows.</summary>
public sealed class ScoringLock(JobStorage storage)
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(30);

    public IDisposable Acquire()
    {
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock("crmerpportal:duplicate-scoring", Wait));
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
