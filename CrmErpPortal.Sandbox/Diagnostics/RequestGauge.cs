namespace CrmErpPortal.Sandbox.Diagnostics;

/// <summary>
/// How many requests one emulated system is handling at once, the most it has seen, and the total: the evidence that a
/// caller kept to its concurrency cap (the real services enforce theirs, e.g. Business Central's 5 at once).
/// </summary>
public sealed class RequestGauge
{
    private int _inFlight;
    private int _maxInFlight;
    private long _total;

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public long Total => Interlocked.Read(ref _total);

    public void Enter()
    {
        Interlocked.Increment(ref _total);
        var now = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); now > max; max = Volatile.Read(ref _maxInFlight))
        {
            if (Interlocked.CompareExchange(ref _maxInFlight, now, max) == max)
            {
                break;
            }
        }
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Starts a new measurement: the maximum restarts from the requests in flight now, the total from zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _maxInFlight, Volatile.Read(ref _inFlight));
    }
}

/// <summary>Counts every request of a system's API group, outermost after authentication, so faulted answers count too.</summary>
public sealed class RequestGaugeFilter(RequestGauge gauge) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        gauge.Enter();
        try
        {
            return await next(context);
        }
        finally
        {
            gauge.Exit();
        }
    }
}
