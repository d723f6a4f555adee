using Hangfire.Logging;

namespace CrmErpPortal.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide and points at the logger factory of the last host to configure it. When
/// that host stops first (several hosts share a process in tests), logging from the others would throw
/// ObjectDisposedException inside a request; here it is dropped instead.
/// </summary>
public sealed class HostSafeLogProvider(ILogProvider inner) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new SafeLog(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new SafeLog(null);
        }
    }

    private sealed class SafeLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
