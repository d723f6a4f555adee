using CrmErpPortal.Jobs;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Logging;

namespace CrmErpPortal.Tests.Unit.Jobs;

public sealed class HostSafeLogProviderTests
{
    [Fact]
    public void DropsLogging_WhenTheHostWhoseLoggerFactoryItHoldsHasStopped()
    {
        var factory = LoggerFactory.Create(_ => { });
        var inner = new AspNetCoreLogProvider(factory);
        factory.Dispose();
        Assert.Throws<ObjectDisposedException>(() => inner.GetLogger("Hangfire.Server"));

        var log = new HostSafeLogProvider(inner).GetLogger("Hangfire.Server");

        Assert.False(log.Log(Hangfire.Logging.LogLevel.Info, () => "a job ran", null!));
    }

    [Fact]
    public void PassesLoggingThrough_WhileTheHostRuns()
    {
        using var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new CountingProvider()));
        var log = new HostSafeLogProvider(new AspNetCoreLogProvider(factory)).GetLogger("Hangfire.Server");

        Assert.True(log.Log(Hangfire.Logging.LogLevel.Info, () => "a job ran", null!));
        Assert.Equal(1, CountingProvider.Written);
    }

    private sealed class CountingProvider : ILoggerProvider
    {
        public static int Written;

        public ILogger CreateLogger(string categoryName) => new Counting();

        public void Dispose()
        {
        }

        private sealed class Counting : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Interlocked.Increment(ref Written);
        }
    }
}
