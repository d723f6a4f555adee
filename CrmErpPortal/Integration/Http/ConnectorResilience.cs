using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CrmErpPortal.Integration.Http;

/// <summary>
/// The pipeline every connector call goes through, outermost first: a per-system concurrency cap, a total timeout,
/// retries with jittered exponential backoff that honour Retry-After, a circuit breaker, and a per-attempt timeout.
/// Only safe methods are retried: a write that may have committed is reconciled by the caller, never resent blindly.
/// </summary>
public static class ConnectorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, int maxConcurrency)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 6,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = true,
        };
        retry.DisableForUnsafeHttpMethods();
        pipeline
            .AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = maxConcurrency, QueueLimit = 10_000 })
            .AddTimeout(TimeSpan.FromMinutes(3))
            .AddRetry(retry)
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.8,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
            })
            .AddTimeout(TimeSpan.FromSeconds(60));
    }
}
