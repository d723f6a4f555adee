namespace CrmErpPortal.Tests.TestSupport;

/// <summary>
/// Waits, with a deadline, for an outcome that another process produces asynchronously (a webhook delivery, a
/// background job). The test's assertion still follows; this only bounds how long it waits for the outcome.
/// </summary>
public static class TestWait
{
    public static async Task<T> ForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
        where T : class
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            if (await probe() is { } found)
            {
                return found;
            }
        }
        while (await WaitTickAsync(tick, deadline.Token));

        throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.");
    }

    private static async Task<bool> WaitTickAsync(PeriodicTimer tick, CancellationToken deadline)
    {
        try
        {
            return await tick.WaitForNextTickAsync(deadline);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
