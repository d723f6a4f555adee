using System.Collections.Concurrent;
using CrmErpPortal.Jobs;

namespace CrmErpPortal.Features.Conversions;

/// <summary>
/// One conversion per ERP customer at a time. The credit check reads the live exposure and then adds an order to it;
/// two conversions interleaved (a double click, a duplicate webhook, an order split into parts sent together) would
/// both see the exposure without the other's order. An in-process gate first (the storage lock is reentrant per thread
/// on SQL Server, and awaits hop threads), then the job storage's lock, which holds across every portal instance.
/// </summary>
public sealed class ConversionLocks(StorageLocks storageLocks)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable?> AcquireAsync(string customerKey, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(customerKey, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(Wait, cancellationToken))
        {
            return null;
        }

        try
        {
            var held = await Task.Run(() => storageLocks.Acquire($"crmerpportal:conversion:{customerKey}", Wait), cancellationToken);
            return new Held(gate, held);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Held(SemaphoreSlim gate, IDisposable storageLock) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                storageLock.Dispose();
                gate.Release();
            }
        }
    }
}
